// The first layer's wording, made from the configured purposes: any first layer (Preact or plain DOM)
// renders what this returns, so the text, its withdrawal sentence and the GPC sentence live in one place.
import type { ResolvedConfig } from '@sekisho/core'
import { firstText, purposeLabel } from './strings.ts'

export interface FirstLayerText {
  title: string
  /** Paragraphs, in order: what is sent and for which purposes, then (under GPC) what it keeps off. */
  body: string[]
  acceptAll: string
  rejectAll: string
  settings: string
  policy: string
  notice: string
}

/** `a、b` / `a, b and c`: the purposes' labels as one phrase. */
function join(items: string[], lang: string): string {
  if (lang == 'ja') return items.join('・')
  return items.length < 3 ? items.join(' and ') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}

/** `{purposes}`, `{withheld}`, `{reopen}` filled in. */
const fill = (s: string, values: Record<string, string>) => s.replace(/\{(\w+)\}/g, (m, k) => values[k] ?? m)

/**
 * The first layer's text in `lang`: the purposes that need consent named from the config, the
 * withdrawal sentence (GDPR Art. 7(3): withdrawing is as easy as giving, at any time, from the Cookie
 * settings), and when Global Privacy Control keeps purposes off in "accept all", one sentence saying
 * so. An operator's `ui.text.<lang>.body` (and `withdraw`, `gpc`) replace the built-in wording.
 */
export function firstLayerText(
  config: Pick<ResolvedConfig, 'purposes' | 'ui'>,
  lang: string,
  options: { gpcWithheld?: string[] } = {},
): FirstLayerText {
  const t = firstText(config, lang)
  const label = (id: string) => purposeLabel(config.purposes.find((p) => p.id == id)?.label, id, t, lang) || id
  const optional = config.purposes.filter((p) => !p.required).map((p) => label(p.id))
  const values = { purposes: join(optional, lang), reopen: t.reopen }
  const body = [fill(t.body, values), fill(t.withdraw, values)]
  const withheld = options.gpcWithheld ?? []
  if (withheld.length) body.push(fill(t.gpc, { withheld: join(withheld.map(label), lang) }))
  return {
    title: t.title,
    body,
    acceptAll: t.acceptAll,
    rejectAll: t.rejectAll,
    settings: t.settings,
    policy: t.policy,
    notice: t.notice,
  }
}
