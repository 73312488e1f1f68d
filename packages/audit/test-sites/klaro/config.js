// Klaro reads its config from the global `klaroConfig`.
window.klaroConfig = {
  version: 1,
  elementID: 'klaro',
  storageMethod: 'cookie',
  cookieName: 'klaro',
  default: false,
  mustConsent: false,
  acceptAll: true,
  hideDeclineAll: false,
  lang: 'en',
  translations: {
    en: {
      privacyPolicyUrl: '/privacy.html',
      consentNotice: { description: 'We use analytics.' },
      purposes: { analytics: { title: 'Analytics' } },
    },
  },
  services: [
    { name: 'google-analytics', title: 'Google Analytics', purposes: ['analytics'], cookies: [/^_ga(_.*)?$/] },
  ],
}
