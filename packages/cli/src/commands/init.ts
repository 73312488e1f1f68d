// `sekisho init`: writes a starter site config to edit, asking the company name only on a terminal.
import { existsSync, writeFileSync } from 'node:fs'
import { createInterface } from 'node:readline/promises'
import { parseArgs } from 'node:util'
import type { SekishoConfig } from '@sekisho/core'
import type { Io } from '../io.ts'

export const USAGE = 'Usage: sekisho init [--out site.json] [--force] [--name "Company"]\n'
const PLACEHOLDER_NAME = 'Example K.K.（会社名）'
/** The config's JSON Schema in a project that installed `sekisho` (site.json at the project root). */
export const SCHEMA_PATH = './node_modules/sekisho/dist/config.schema.json'

export interface InitOptions {
  /** Asks a question and resolves to the answer; absent when there is no terminal (never prompt then). */
  ask?: (question: string) => Promise<string>
  /** @default Date.now */
  now?: () => number
}

/** The starter config: the usual purposes and Google Analytics, revision = today. */
export function starterConfig(controllerName: string, now: number): SekishoConfig {
  return {
    // Editors complete and check the file against the schema the installed `sekisho` package ships.
    $schema: SCHEMA_PATH,
    revision: new Date(now).toISOString().slice(0, 10),
    controller: { name: controllerName, policyUrl: '/privacy' },
    jurisdiction: 'JP',
    languages: ['ja', 'en'],
    consentMaxAgeDays: 180,
    purposes: [{ id: 'necessary', required: true }, { id: 'analytics' }, { id: 'advertising' }],
    services: ['google-analytics'],
  }
}

export async function runInit(args: string[], io: Io, options: InitOptions = {}): Promise<number> {
  let values
  try {
    ;({ values } = parseArgs({
      args,
      options: { out: { type: 'string', default: 'site.json' }, force: { type: 'boolean' }, name: { type: 'string' } },
    }))
  } catch (error) {
    io.err(`sekisho init: ${(error as Error).message}\n${USAGE}`)
    return 2
  }
  const out = values.out!
  if (existsSync(out) && !values.force) {
    io.err(`sekisho init: ${out} exists; pass --force to overwrite it\n`)
    return 1
  }
  let name = values.name?.trim()
  if (!name && options.ask) name = (await options.ask('Company name (会社名): ')).trim()
  const config = starterConfig(name || PLACEHOLDER_NAME, (options.now ?? Date.now)())
  writeFileSync(out, JSON.stringify(config, null, 2) + '\n')
  io.out(
    `wrote ${out}${name ? '' : ' (set controller.name to your company name)'}; check it with: sekisho validate ${out}\n`,
  )
  return 0
}

/** Reads one line from the terminal; only called when stdin and stdout are TTYs. */
async function askOnTerminal(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout })
  try {
    return await rl.question(question)
  } finally {
    rl.close()
  }
}

export function run(args: string[], io: Io): Promise<number> {
  const terminal = process.stdin.isTTY === true && process.stdout.isTTY === true
  return runInit(args, io, terminal ? { ask: askOnTerminal } : {})
}
