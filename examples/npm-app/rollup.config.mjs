// The npm example's build: src/main.ts and the @sekisho/* packages it imports (their published
// `dist`, as from npm) into one classic script, public/app.js, loaded first in <head>.
import { nodeResolve } from '@rollup/plugin-node-resolve'
import esbuild from 'rollup-plugin-esbuild'

const here = (path) => new URL(path, import.meta.url).pathname

export default {
  input: here('src/main.ts'),
  output: { file: here('public/app.js'), format: 'iife', sourcemap: true },
  plugins: [
    nodeResolve({ browser: true }),
    esbuild({
      target: 'es2020',
      minify: true,
      legalComments: 'none',
      define: {
        // Libraries' dev-only branches are dropped, as every bundler setup does.
        'process.env.NODE_ENV': '"production"',
        // The receipts endpoint of this deployment; the default is `npm start`'s collector.
        SEKISHO_RECEIPTS: JSON.stringify(process.env.SEKISHO_RECEIPTS || 'http://127.0.0.1:8787/v1/receipts'),
      },
    }),
  ],
}
