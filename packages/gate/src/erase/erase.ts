// Deletes revoked services' cookies and storage keys after a withdrawal.

/** Every Domain attribute a cookie readable here may carry: none (host-only), then the host
 * and each parent domain with a leading dot. IP hosts have no parents. */
export function cookieDomains(host: string): string[] {
  const labels = host.split('.')
  return [''].concat(
    /^[\d.]+$|:/.test(host) ? host : labels.slice(0, -1).map((_, i) => '.' + labels.slice(i).join('.')),
  )
}

/** Every Path a cookie readable at `pathname` may carry: `/` and each ancestor directory. */
export function cookiePaths(pathname: string): string[] {
  const parts = pathname.split('/').filter(Boolean)
  return ['/'].concat(parts.map((_, i) => '/' + parts.slice(0, i + 1).join('/')))
}

/**
 * Expires every cookie whose name `held` picks on every domain and path variant, partitioned or
 * not: a browser deletes a cookie only when all match what it was set with, which the page
 * cannot read. `written`: Paths and names written on this page.
 */
export function eraseCookies(
  held: (name: string) => boolean,
  written: { paths: Set<string>; names: Set<string> } = { paths: new Set(), names: new Set() },
): void {
  const all = new Set(cookiePaths(location.pathname).concat(...written.paths))
  // Names written on this page too: one set at a Path an SPA has since navigated away from is
  // not in document.cookie.
  let cookies: string
  try {
    cookies = document.cookie
  } catch {
    // A document with an opaque origin (sandboxed, data:) has no cookies: reading them throws.
    return
  }
  // Stryker disable next-line MethodExpression: document.cookie writes no space around a name
  const names = new Set(cookies.split('; ').map((pair) => pair.split('=')[0]!.trim()))
  for (const name of written.names) names.add(name)
  for (const name of names) {
    if (name && held(name))
      for (const domain of cookieDomains(location.hostname))
        for (const path of all)
          for (const partitioned of ['', '; Secure; SameSite=None; Partitioned'])
            document.cookie = `${name}=; Max-Age=0; Path=${path}${domain && '; Domain=' + domain}${partitioned}`
  }
}

/** Removes the keys `held` picks from localStorage and sessionStorage (either may be barred). */
export function eraseStorage(held: (key: string) => boolean): void {
  for (const area of ['localStorage', 'sessionStorage'] as const)
    try {
      const storage = window[area]
      for (const key of Object.keys(storage)) if (held(key)) storage.removeItem(key)
    } catch {
      // Storage disabled or sandboxed: nothing was written there either.
    }
}
