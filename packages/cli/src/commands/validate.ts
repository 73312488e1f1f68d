// `sekisho validate site.json`: checks a site config against the schema and the built-in catalog.
import { readFileSync } from 'node:fs'
import { catalog } from '@sekisho/catalog'
import { formatConfigErrors, validateConfig, type ResolvedConfig } from '@sekisho/core'
import type { Io } from '../io.ts'

/** Reads, parses and validates a config file; on failure `report` is what to print (exit 1). */
export function loadConfig(file: string): { ok: true; config: ResolvedConfig } | { ok: false; report: string } {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    return { ok: false, report: `${file}: cannot read: ${(error as Error).message}\n` }
  }
  let input: unknown
  try {
    input = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    return { ok: false, report: `${file}: not valid JSON: ${(error as Error).message}\n` }
  }
  const result = validateConfig(input, catalog)
  if (result.ok) return result
  const count = result.errors.length
  return {
    ok: false,
    report: `${file}: ${count} error${count === 1 ? '' : 's'}\n${formatConfigErrors(result.errors)}\n`,
  }
}

export const USAGE = 'Usage: sekisho validate <site.json>\n'

export async function run(args: string[], io: Io): Promise<number> {
  if (args.length !== 1 || args[0]!.startsWith('-')) {
    io.err(USAGE)
    return 2
  }
  const file = args[0]!
  const loaded = loadConfig(file)
  if (!loaded.ok) {
    io.err(loaded.report)
    return 1
  }
  const { config } = loaded
  io.out(
    `${file}: valid (revision ${config.revision}, ${config.purposes.length} purposes, ${config.services.length} services)\n`,
  )
  return 0
}
