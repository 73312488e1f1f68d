// The HTML shell the collector serves at `GET /`: no inline script or style, so it runs under
// the strict policy in CONSOLE_CSP.

/** A Content-Security-Policy for the console page: its own script and API, nothing else. */
export const CONSOLE_CSP =
  "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

export interface ConsoleHtmlOptions {
  /** @default 'Sekisho consent records' */
  title?: string
  /** Nonce for the script tag, for policies that allow scripts by nonce. */
  nonce?: string
  /** Where the bundle is served. @default '/console.js' */
  script?: string
}

/** The page markup: `<div id="app">` and the `console.js` bundle (which renders the page). */
export function consoleHtml(options: ConsoleHtmlOptions = {}): string {
  const nonce = options.nonce ? ` nonce="${escapeHtml(options.nonce)}"` : ''
  return `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
<title>${escapeHtml(options.title ?? 'Sekisho consent records')}</title>
<script src="${escapeHtml(options.script ?? '/console.js')}" defer${nonce}></script>
</head>
<body>
<div id="app"><noscript>JavaScript が必要です。 / This page needs JavaScript.</noscript></div>
</body>
</html>
`
}
