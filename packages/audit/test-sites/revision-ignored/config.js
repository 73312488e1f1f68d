// vanilla-cookieconsent with a policy revision, and the site's defect: it shows the banner only to
// visitors without any cc_cookie, so a decision stored under an older revision is never asked again.
CookieConsent.run({
  hideFromBots: false,
  revision: 2,
  autoShow: !/(?:^|; )cc_cookie=/.test(document.cookie),
  categories: { necessary: { enabled: true, readOnly: true }, analytics: {} },
  language: {
    default: 'ja',
    translations: {
      ja: {
        consentModal: {
          title: 'Cookie',
          description: 'アクセス解析に使います。',
          acceptAllBtn: 'すべて同意',
          acceptNecessaryBtn: 'すべて拒否',
        },
        preferencesModal: {
          title: 'Cookie の設定',
          sections: [{ title: 'アクセス解析', description: 'Google Analytics', linkedCategory: 'analytics' }],
        },
      },
    },
  },
})
