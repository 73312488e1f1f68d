// `sekisho notice`: renders the external-transmission notice (外部送信に関する公表事項) of a site config.
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { buildNotice, renderNoticeHtml, renderNoticeMarkdown, type NoticeModel } from '@sekisho/notice'
import type { Io } from '../io.ts'
import { loadConfig, unconfirmedNote } from './validate.ts'

export const USAGE = 'Usage: sekisho notice --config site.json [--format html|md|json] [--lang ja|en] [--out file]\n'
const FORMATS: Record<string, (model: NoticeModel) => string> = {
  html: (model) => renderNoticeHtml(model) + '\n',
  md: renderNoticeMarkdown,
  json: (model) => JSON.stringify(model, null, 2) + '\n',
}

export async function run(args: string[], io: Io): Promise<number> {
  let values
  try {
    ;({ values } = parseArgs({
      args,
      options: {
        config: { type: 'string', short: 'c' },
        format: { type: 'string', short: 'f', default: 'html' },
        lang: { type: 'string', short: 'l' },
        out: { type: 'string', short: 'o' },
      },
    }))
  } catch (error) {
    io.err(`sekisho notice: ${(error as Error).message}\n${USAGE}`)
    return 2
  }
  const render = Object.prototype.hasOwnProperty.call(FORMATS, values.format!) ? FORMATS[values.format!] : undefined
  if (!values.config || !render) {
    io.err(
      `sekisho notice: ${values.config ? `unknown --format "${values.format}"; choose one of: html, md, json` : '--config is required'}\n${USAGE}`,
    )
    return 2
  }
  const loaded = loadConfig(values.config)
  if (!loaded.ok) {
    io.err(loaded.report)
    return 1
  }
  const { config } = loaded
  const lang = values.lang ?? config.languages[0] ?? 'ja'
  if (!config.languages.includes(lang)) {
    io.err(`sekisho notice: --lang "${lang}" is not among the config's languages: ${config.languages.join(', ')}\n`)
    return 2
  }
  const text = render(buildNotice(config, lang))
  // On stderr: stdout may be the notice itself.
  io.err(unconfirmedNote(config))
  if (values.out) {
    writeFileSync(values.out, text)
    io.out(`wrote ${values.out}\n`)
  } else {
    io.out(text)
  }
  return 0
}
