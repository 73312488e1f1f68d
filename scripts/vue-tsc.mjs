// vue-tsc on one Vue app, with the TypeScript that app's workspace pins: vue-tsc runs `tsc` from the
// `typescript` package as a library, which TypeScript 7 (the repo's) no longer is. npm hoists vue-tsc
// to the root (its peer range `>=5.0.0` takes the root's 7), where it would find TypeScript 7; so the
// tsc is resolved from the app's folder (its own TypeScript 6) and handed to vue-tsc's `run`.
// Usage: node scripts/vue-tsc.mjs DIR (type-checks DIR/tsconfig.json, .vue files included; no output)
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'

const dir = resolve(process.argv[2] ?? '.')
const require = createRequire(join(dir, 'package.json'))
const tsc = require.resolve('typescript/lib/tsc')
// vue-tsc reads tsc's arguments from process.argv.
process.argv = [process.argv[0], tsc, '-p', join(dir, 'tsconfig.json'), '--noEmit']
require('vue-tsc').run(tsc)
