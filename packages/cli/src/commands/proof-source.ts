// What a proof pack is made of besides the database: the site config of a revision as written,
// resolved against the catalog, and the script files the site serves. Read the same way by
// `sekisho proof` (a folder) and `sekisho serve` (the collector's download of the pack).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { ProofSource } from '@sekisho/collector'
import { siteDeclaration } from './site-config.ts'
import { loadConfig } from './validate.ts'

/** The folder the site serves the script files from: `given`, else the installed sekisho package's dist/. */
function scriptsFolder(given: string | undefined): string | undefined {
  if (given) return given
  try {
    return join(dirname(createRequire(import.meta.url).resolve('sekisho/package.json')), 'dist')
  } catch {
    return undefined
  }
}

/** The proof source of `configFile` with the scripts of `scripts` (a folder), or the flag at fault and why. */
export function readProofSource(
  configFile: string,
  scripts: string | undefined,
): { ok: true; source: ProofSource } | { ok: false; flag: '--config' | '--scripts'; message: string } {
  const loaded = loadConfig(configFile)
  if (!loaded.ok) return { ok: false, flag: '--config', message: loaded.report.trimEnd() }
  const folder = scriptsFolder(scripts)
  if (!folder || !existsSync(folder))
    return {
      ok: false,
      flag: '--scripts',
      message: `expected the folder the site serves sekisho*.js from${folder ? `; ${folder} does not exist` : ''}`,
    }
  const files = readdirSync(folder)
    .filter((f) => /^sekisho[\w.-]*\.js$/.test(f))
    .sort()
  if (!files.length) return { ok: false, flag: '--scripts', message: `${folder} holds no sekisho*.js` }
  return {
    ok: true,
    source: {
      revision: loaded.config.revision,
      config: readFileSync(configFile),
      declaration: siteDeclaration(loaded.config),
      scripts: files.map((name) => ({ name, bytes: readFileSync(join(folder, name)) })),
    },
  }
}
