// Matches cookie names and storage keys against a service's declared patterns (`_ga_*`).

/** A test for one list of name patterns, where `*` matches any run of characters. */
export function namePattern(patterns: readonly string[] | undefined): RegExp | undefined {
  if (!patterns || !patterns.length) return undefined
  const alternatives = patterns.map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*'))
  return new RegExp('^(?:' + alternatives.join('|') + ')$')
}
