// Deletes revoked services' cookies and storage keys after a withdrawal.

/** Every Domain attribute a cookie readable here may carry: none (host-only), the host and each
 * parent domain (`a.b.example.jp`, `.b.example.jp`, `.example.jp`, …). IP hosts have no parents. */
export function cookieDomains(host: string): Array<string | undefined> {
  const domains: Array<string | undefined> = [undefined]
  if (/^[\d.]+$|:/.test(host)) return domains.concat(host)
  const labels = host.split('.')
  for (let i = 0; i < labels.length - 1; i++) domains.push('.' + labels.slice(i).join('.'))
  return domains
}

/** Every Path a cookie readable at `pathname` may carry: `/` and each ancestor directory. */
export function cookiePaths(pathname: string): string[] {
  const paths = ['/']
  const parts = pathname.split('/').filter(Boolean)
  for (let i = 1; i <= parts.length; i++) paths.push('/' + parts.slice(0, i).join('/'))
  return paths
}

/**
 * Expires every cookie whose name `held` picks, on every domain and path variant: a browser
 * deletes a cookie only when both match the ones it was set with, which the page cannot read.
 */
export function eraseCookies(held: (name: string) => boolean, doc: Document = document): string[] {
  const names = doc.cookie
    .split(';')
    .map((pair) => pair.split('=')[0]!.trim())
    .filter((name) => name && held(name))
  const { hostname, pathname } = doc.location
  for (const name of names)
    for (const domain of cookieDomains(hostname))
      for (const path of cookiePaths(pathname))
        doc.cookie = `${name}=; Max-Age=0; Path=${path}${domain ? '; Domain=' + domain : ''}`
  return names
}

/** Removes the keys `held` picks from localStorage and sessionStorage (either may be barred). */
export function eraseStorage(held: (key: string) => boolean): void {
  for (const area of ['localStorage', 'sessionStorage'] as const) {
    try {
      const storage = window[area]
      for (let i = storage.length - 1; i >= 0; i--) {
        const key = storage.key(i)
        if (key !== null && held(key)) storage.removeItem(key)
      }
    } catch {
      // Storage disabled or sandboxed: nothing was written there either.
    }
  }
}
