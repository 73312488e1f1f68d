// Orejime 3 reads its config from the global `orejimeConfig` (README "Configuration"); the purposes'
// cookies are deleted when consent to them is withdrawn.
window.orejimeConfig = {
  privacyPolicyUrl: '/privacy.html',
  purposes: [
    { id: 'analytics', title: 'Analytics', description: 'Google Analytics (Google LLC).', cookies: [/^_ga(_.*)?$/] },
  ],
  translations: { banner: { title: 'Cookies', description: 'We use analytics.' } },
}
