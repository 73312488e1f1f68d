// Builds the example with Vite's JS API: the browser bundle into dist/, then the server entry (an
// SSR build, run here in Node) pre-renders the app into dist/index.html, as a static-site or SSR
// framework would. `node build.mjs` or, from a test, `buildSite()`.
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'vite'

const here = new URL('.', import.meta.url).pathname

/** @param {{ logLevel?: 'info' | 'warn' | 'error' | 'silent' }} [options] */
export async function buildSite({ logLevel = 'info' } = {}) {
  const outDir = join(here, 'dist')
  // Inside the example, so the server bundle's imports (react, @sekisho/react) resolve from node_modules.
  const serverDir = join(here, 'dist-server')
  await build({ root: here, logLevel, build: { outDir, emptyOutDir: true } })
  await build({ root: here, logLevel, build: { ssr: 'src/server.tsx', outDir: serverDir, emptyOutDir: true } })
  try {
    const { render } = await import(pathToFileURL(join(serverDir, 'server.js')).href)
    const page = join(outDir, 'index.html')
    writeFileSync(page, readFileSync(page, 'utf8').replace('<!--app-->', render()))
  } finally {
    rmSync(serverDir, { recursive: true, force: true })
  }
  return outDir
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await buildSite()
