// Builds the example with Nuxt's JS API as `nuxt generate` does: static pages in .output/public (and
// its `dist` link); @sekisho/nuxt's Nitro plugin puts the head gate in each while it is prerendered,
// and the script-tag files are copied to .output/public/sekisho/. `node build.mjs` or, from a test, `buildSite()`.
import { rmSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { build, loadNuxt } from 'nuxt'

/** @param {{ logLevel?: 'info' | 'warn' | 'error' | 'silent' }} [options] */
export async function buildSite({ logLevel = 'info' } = {}) {
  // Nuxt would otherwise ask to send telemetry (no network here, none wanted in CI).
  process.env.NUXT_TELEMETRY_DISABLED = '1'
  const rootDir = new URL('.', import.meta.url).pathname
  // What `nuxt generate` does first: no file of an earlier build stays in .nuxt (its cache aside).
  rmSync(new URL('.nuxt', import.meta.url), { recursive: true, force: true })
  const nuxt = await loadNuxt({
    cwd: rootDir,
    dev: false,
    // Nuxt's levels are silent, info and verbose: below info, its build says nothing (errors still throw).
    overrides: { logLevel: logLevel === 'info' ? 'info' : 'silent', _generate: true, nitro: { static: true } },
  })
  try {
    await build(nuxt)
  } finally {
    await nuxt.close()
  }
  return new URL('.output/public', import.meta.url).pathname
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await buildSite()
