// The site config's JSON Schema, generated from its TypeScript type (SekishoConfig in
// packages/core/src/types.ts: one source) into the `sekisho` package as dist/config.schema.json,
// exported as `sekisho/config.schema.json` for editors (`"$schema"` in a site.json).
// ts-json-schema-generator reads the types through the `typescript` JS API, which TypeScript 7 (the
// native compiler the build type-checks with) does not have: the generator declares its own
// `typescript` range (>=5.9 <7), so npm installs a TypeScript 6 for it alone, under its folder.
// Usage: node scripts/config-schema.mjs (the build runs it)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createGenerator } from 'ts-json-schema-generator'
import { root } from './run.mjs'

export const SCHEMA_FILE = join(root, 'packages/sekisho/dist/config.schema.json')

/** The schema of SekishoConfig: unknown keys refused (as validateConfig does), JSDoc as descriptions. */
export function configSchema() {
  // Only types.ts and the ES5 lib (Record, Partial, Omit): no @types/* packages, so it takes ~2 s, not ~20.
  const tsconfig = join(root, '.build/config-schema.tsconfig.json')
  mkdirSync(join(root, '.build'), { recursive: true })
  writeFileSync(
    tsconfig,
    JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, types: [], lib: ['es5'] },
      files: [join(root, 'packages/core/src/types.ts')],
    }),
  )
  const schema = createGenerator({
    path: join(root, 'packages/core/src/types.ts'),
    tsconfig,
    type: 'SekishoConfig',
    skipTypeCheck: true, // tsc 7 checks the types in the build itself
    additionalProperties: false,
    jsDoc: 'extended',
    expose: 'export',
    topRef: true,
  }).createSchema('SekishoConfig')
  const { version } = JSON.parse(readFileSync(join(root, 'packages/sekisho/package.json'), 'utf8'))
  return {
    $schema: schema.$schema,
    title: `Sekisho site config (sekisho ${version})`,
    description: 'The config of the script tag (#sekisho-config), createSekisho() and sekisho validate/bundle.',
    ...schema,
  }
}

export function writeConfigSchema() {
  mkdirSync(join(root, 'packages/sekisho/dist'), { recursive: true })
  writeFileSync(SCHEMA_FILE, JSON.stringify(configSchema(), null, 2) + '\n')
}

if (import.meta.url === `file://${process.argv[1]}`) writeConfigSchema()
