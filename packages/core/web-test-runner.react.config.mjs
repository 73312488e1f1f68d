// The React binding test: the root config plus React, which ships only as CommonJS, bundled to ESM
// by esbuild and served at /__react-binding.js. nanostores stays external so the test and
// @nanostores/react share one module instance, as in an app.
// Run: npx wtr --config packages/core/web-test-runner.react.config.mjs
import { build } from 'esbuild'
import root from '../../web-test-runner.config.mjs'

const URL_PATH = '/__react-binding.js'
let bundle

async function reactBundle() {
  const result = await build({
    stdin: {
      contents: `export { createElement } from 'react'
export { createRoot } from 'react-dom/client'
export { flushSync } from 'react-dom'
export { useStore } from '@nanostores/react'`,
      resolveDir: process.cwd(),
    },
    bundle: true,
    format: 'esm',
    write: false,
    external: ['nanostores'],
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'error',
  })
  return result.outputFiles[0].text.replace(/from\s*"nanostores"/g, 'from "/node_modules/nanostores/index.js"')
}

export default {
  ...root,
  files: ['packages/core/test/**/*.react-test.ts'],
  plugins: [
    ...root.plugins,
    {
      name: 'react-binding-bundle',
      async serve(context) {
        if (context.path === URL_PATH) return { body: (bundle ??= await reactBundle()), type: 'js' }
      },
    },
  ],
}
