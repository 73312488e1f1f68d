// The site forgot `autoClear` for analytics: withdrawing stops the tag but leaves _ga behind.
CookieConsent.run({
  // Playwright sets navigator.webdriver; the default (true) hides the banner from "bots".
  hideFromBots: false,
  categories: { necessary: { enabled: true, readOnly: true }, analytics: {} },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: 'Cookies',
          description: 'We use analytics.',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
        },
        preferencesModal: {
          title: 'Cookie settings',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          savePreferencesBtn: 'Save',
          sections: [{ title: 'Analytics', description: 'Google Analytics', linkedCategory: 'analytics' }],
        },
      },
    },
  },
})
