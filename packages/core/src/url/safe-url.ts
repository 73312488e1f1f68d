// Which link targets from a config or operator text may become an href: the banner's links and the
// notice (HTML and Markdown) apply this one rule.

/**
 * `url` trimmed when it is http(s), mailto, a same-site path (`/x`, `./x`, `../x`) or a fragment;
 * otherwise undefined: no `javascript:`/`data:`, and no `//host` or `/\host`, which browsers read as
 * another site.
 */
export function safeUrl(url: string | undefined): string | undefined {
  const trimmed = url?.trim()
  return trimmed && /^(https?:\/\/|mailto:|\/(?![/\\])|#|\.{1,2}\/)/i.test(trimmed) ? trimmed : undefined
}
