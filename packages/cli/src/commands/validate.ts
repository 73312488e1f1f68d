// `sekisho validate site.json`: checks a site config against the schema and the built-in catalog.
import { readFileSync } from 'node:fs'
import { catalog, unconfirmedFacts } from '@sekisho/catalog'
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

/**
 * The catalog's unconfirmed facts about the services `config` uses, one line each (empty when
 * none): what the operator should check with the vendor before publishing. A field the config
 * overrides is the operator's own statement and is left out.
 */
export function unconfirmedNote(config: ResolvedConfig): string {
  const byId = new Map(config.services.map((s) => [s.id, s as unknown as Record<string, unknown>]))
  const facts = unconfirmedFacts([...byId.keys()]).filter(({ service, field }) => {
    const own = (catalog[service] as unknown as Record<string, unknown>)[field]
    return JSON.stringify(byId.get(service)![field]) === JSON.stringify(own)
  })
  if (!facts.length) return ''
  const lines = facts.map(({ service, field, why }) => `  ${service}.${field}: ${why}\n`)
  const n = facts.length
  return `${n} catalog fact${n === 1 ? '' : 's'} about the services you use ${n === 1 ? 'is' : 'are'} unconfirmed; check ${n === 1 ? 'it' : 'them'} with the vendor or override ${n === 1 ? 'it' : 'them'} in the config:\n${lines.join('')}`
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
    `${file}: valid (revision ${config.revision}, ${config.purposes.length} purposes, ${config.services.length} services)\n` +
      unconfirmedNote(config),
  )
  return 0
}
