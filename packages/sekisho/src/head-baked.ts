// The script-tag entry `sekisho-baked.js`, which `sekisho bundle` writes out as the site's
// `sekisho.js`: its baked config's services already carry their gating fields, so no catalog here.
import { startHead } from './start-head.ts'

startHead({})
