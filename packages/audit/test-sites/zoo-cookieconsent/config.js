// vanilla-cookieconsent v3 as its docs say: a category per purpose, autoClear naming its cookies (but analytics').
CookieConsent.run({
  // Playwright sets navigator.webdriver; the default (true) hides the banner from "bots".
  hideFromBots: false,
  // The policy's revision: a decision stored under another one is asked again.
  revision: 1,
  categories: {
    necessary: { enabled: true, readOnly: true },
    // The site's third defect: analytics has no autoClear, so withdrawing leaves _ga behind.
    analytics: {},
    advertising: { autoClear: { cookies: [{ name: '_fbp' }, { name: /^__lt__/ }] } },
    affiliate: {},
  },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: 'Cookies',
          description: 'We use analytics, advertising and affiliate services.',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          showPreferencesBtn: 'Settings',
        },
        preferencesModal: {
          title: 'Cookie settings',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          savePreferencesBtn: 'Save',
          sections: [
            { title: 'Analytics', description: 'Google Analytics', linkedCategory: 'analytics' },
            { title: 'Advertising', description: 'Meta Pixel, LINE Tag', linkedCategory: 'advertising' },
            { title: 'Affiliate', description: 'ValueCommerce', linkedCategory: 'affiliate' },
          ],
        },
      },
    },
  },
})
