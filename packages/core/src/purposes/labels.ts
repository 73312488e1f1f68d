// The names of the built-in purposes: the banner, the notice and the console all show these words.
// Apart from the descriptions (purpose-text.ts) so the banner carries the names without the prose.

export const PURPOSE_LABELS: Record<string, { ja: string; en: string }> = {
  necessary: { ja: '必須', en: 'Strictly necessary' },
  analytics: { ja: 'アクセス解析', en: 'Analytics' },
  advertising: { ja: '広告', en: 'Advertising' },
  affiliate: { ja: 'アフィリエイト', en: 'Affiliate' },
  functional: { ja: '機能', en: 'Functional' },
  personalization: { ja: 'パーソナライズ', en: 'Personalization' },
}
