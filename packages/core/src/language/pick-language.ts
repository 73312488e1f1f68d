// Which offered language a visitor gets: the one rule the banner, the notice, receipts, the corner
// button and the console follow, so that one page never speaks two languages.

/**
 * The first of `preferred` (the caller's order: an explicit choice, `<html lang>`, `navigator.languages`)
 * that is offered, as written or by its primary subtag (`ja-JP` → `ja`), the tag lower-cased (offered
 * languages are compared as written: configs write them in lower case);
 * otherwise the first offered language (undefined when none is). Empty and missing tags are skipped.
 */
export function pickLanguage(
  offered: readonly string[],
  preferred: ReadonlyArray<string | null | undefined>,
): string | undefined {
  for (let tag of preferred) {
    tag = tag?.toLowerCase()
    for (const t of [tag, tag?.split('-')[0]]) if (t && offered.includes(t)) return t
  }
  return offered[0]
}
