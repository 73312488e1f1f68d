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

/** How old a service's `checked` date may be before validate asks for a re-check: vendors change
 * what their tags send and where, and the published notice must say what holds now. */
export const RECHECK_DAYS = 365

/**
 * The services `config` uses whose facts were last checked (`checked`, YYYY-MM-DD) more than
 * RECHECK_DAYS before `today`, one line each (empty when none): a catalog entry's date, or the
 * operator's own for a service the config defines or overrides.
 */
export function recheckNote(config: ResolvedConfig, today = new Date()): string {
  const limit = today.getTime() - RECHECK_DAYS * 86_400_000
  const stale = config.services.filter((s) => s.checked && Date.parse(s.checked) < limit)
  if (!stale.length) return ''
  const n = stale.length
  const lines = stale.map((s) => `  ${s.id}: checked ${s.checked}\n`)
  return `${n} service${n === 1 ? '' : 's'} you use ${n === 1 ? 'was' : 'were'} last checked against the vendor's documentation over a year ago; check again and update \`checked\`:\n${lines.join('')}`
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
      unconfirmedNote(config) +
      recheckNote(config),
  )
  return 0
}
