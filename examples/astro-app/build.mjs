// Builds the example with Astro's JS API into dist/ (static pages; @sekisho/astro's middleware puts
// the head gate in each while it is prerendered, and copies the script-tag files to dist/sekisho/).
// `node build.mjs` or, from a test, `buildSite()`.
import { pathToFileURL } from 'node:url'
import { build } from 'astro'

/** @param {{ logLevel?: 'info' | 'warn' | 'error' | 'silent' }} [options] */
export async function buildSite({ logLevel = 'info' } = {}) {
  // Astro would otherwise ask its telemetry endpoint (no network here, none wanted in CI).
  process.env.ASTRO_TELEMETRY_DISABLED = '1'
  await build({ root: new URL('.', import.meta.url).pathname, logLevel })
  return new URL('dist', import.meta.url).pathname
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await buildSite()
