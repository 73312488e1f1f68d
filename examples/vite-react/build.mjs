// Builds the example (examples/vite-prerender.mjs): the browser bundle into dist/, then a server
// render of src/server.tsx into dist/index.html. `node build.mjs` or, from a test, `buildSite()`.
import { pathToFileURL } from 'node:url'
import { prerender } from '../vite-prerender.mjs'

/** @param {{ logLevel?: 'info' | 'warn' | 'error' | 'silent' }} [options] */
export const buildSite = (options) => prerender(new URL('.', import.meta.url).pathname, 'src/server.tsx', options)

if (import.meta.url === pathToFileURL(process.argv[1]).href) await buildSite()
