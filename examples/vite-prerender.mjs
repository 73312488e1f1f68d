// The Vite examples' build (vite-react, vite-vue, vite-svelte), with Vite's JS API: the browser
// bundle into <app>/dist, then the app's server entry (an SSR build, run here in Node) pre-renders
// the page into dist/index.html in place of `<!--app-->`, as a static-site or SSR framework would.
// Each app's vite.config.mjs (if any) adds its framework's plugin; its server entry exports
// `render()`, returning the app's HTML (or a promise of it).
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'vite'

/** @param {string} root the app's folder @param {string} serverEntry its server entry, relative to root
 * @param {{ logLevel?: 'info' | 'warn' | 'error' | 'silent' }} [options] */
export async function prerender(root, serverEntry, { logLevel = 'info' } = {}) {
  const outDir = join(root, 'dist')
  // Inside the app, so the server bundle's imports (the framework, @sekisho/*) resolve from node_modules.
  const serverDir = join(root, 'dist-server')
  await build({ root, logLevel, build: { outDir, emptyOutDir: true } })
  await build({ root, logLevel, build: { ssr: serverEntry, outDir: serverDir, emptyOutDir: true } })
  try {
    const { render } = await import(pathToFileURL(join(serverDir, 'server.js')).href)
    const page = join(outDir, 'index.html')
    const html = await render()
    writeFileSync(
      page,
      readFileSync(page, 'utf8').replace('<!--app-->', () => html),
    )
  } finally {
    rmSync(serverDir, { recursive: true, force: true })
  }
  return outDir
}
