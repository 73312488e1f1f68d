// The example site's consent wiring from the npm package, as a front-end developer writes it: one
// call, first in <head>, before any tag can run. createSekisho installs the gate, and loads the
// banner, the receipts client and the notice (with the catalog's prose) as separate lazy files only
// when they are needed, exactly as the script tag does.
// Built by rollup into public/app.js (the entry, a classic script) and public/parts/*.js.
import { createSekisho } from 'sekisho'
import { config } from './config.ts'

const sekisho = createSekisho(config)
// The public API, for the page's own buttons and for tag managers, as the script tag publishes it.
window.sekisho = sekisho
