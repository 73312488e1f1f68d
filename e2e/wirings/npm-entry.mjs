// The npm wiring of e2e/wirings.spec.ts: the page's own inline config (the same text the script tag
// reads), given to createSekisho from the `sekisho` package as a site's bundler builds it.
import { createSekisho } from 'sekisho'

window.sekisho = createSekisho(JSON.parse(document.getElementById('sekisho-config').textContent))
