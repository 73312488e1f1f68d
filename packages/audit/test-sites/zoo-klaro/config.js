// Klaro as its README says: `klaroConfig` with a service per tag, each listing its cookies.
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
      consentNotice: { description: 'We use analytics, advertising and affiliate services.' },
      purposes: {
        analytics: { title: 'Analytics' },
        advertising: { title: 'Advertising' },
        affiliate: { title: 'Affiliate' },
      },
    },
  },
  services: [
    { name: 'google-analytics', title: 'Google Analytics', purposes: ['analytics'], cookies: [/^_ga(_.*)?$/] },
    { name: 'line-tag', title: 'LINE Tag', purposes: ['advertising'], cookies: [/^__lt__/] },
    { name: 'valuecommerce', title: 'ValueCommerce', purposes: ['affiliate'], cookies: [] },
    { name: 'meta-pixel', title: 'Meta Pixel', purposes: ['advertising'], cookies: ['_fbp'] },
  ],
}
