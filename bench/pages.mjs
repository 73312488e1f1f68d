// Writes the bench site: one page per consent manager, identical but for the manager's own markup.
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { APP_JS } from './trackers.mjs'

const SITE_CSS = `body { font: 16px/1.6 system-ui, sans-serif; margin: 0; color: #222 }
header, main, footer { max-width: 48rem; margin: 0 auto; padding: 1rem }
.hero { height: 240px; background: #e8eef6; display: grid; place-items: center }
`

const paragraphs = Array.from(
  { length: 12 },
  (_, i) =>
    `<p>Paragraph ${i + 1}. Everyday goods delivered across Japan: kitchen, bath, stationery and more, ` +
    `with free shipping over 3,000 yen and returns within 30 days.</p>`,
).join('\n')

/** @param {import('./managers.mjs').Manager} m */
export function pageHtml(m) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${m.head}
<title>Bench Shop</title>
<link rel="stylesheet" href="/site.css">
${m.trackers}
</head>
<body>
<header><h1>Bench Shop</h1><nav><a href="/">Home</a> · <a href="/privacy.html">Privacy</a></nav></header>
<main>
<div class="hero">Autumn sale</div>
${paragraphs}
</main>
<footer><a href="/privacy.html">Privacy policy</a></footer>
${m.bodyEnd}
<script src="/app.js"></script>
</body>
</html>
`
}

/** Writes every manager's page and files under `dir`; pages are at `/p/<id>/`. */
export async function writeSite(dir, managers) {
  const files = { 'app.js': APP_JS, 'site.css': SITE_CSS, 'privacy.html': '<!doctype html><title>Privacy</title>' }
  for (const m of managers) {
    await m.build?.(dir)
    files[`p/${m.id}/index.html`] = pageHtml(m)
    for (const [name, body] of Object.entries(m.files)) files[`p/${m.id}/${name}`] = body
  }
  for (const [name, body] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true })
    await writeFile(join(dir, name), body)
  }
}
