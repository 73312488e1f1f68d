// Runtime validation of the site config: one table of field checks, errors as values naming the path.
import type { ConfigError, ResolvedConfig, SekishoConfig, ServiceDefinition } from '../types.ts'
import { CONSENT_MODE_MAP } from '../consent-mode/consent-mode.ts'
import { BUILT_IN_PURPOSES } from '../purposes/built-in.ts'
import { catalogEntry, resolveConfig } from './resolve.ts'

/** Checks one value at `path`, pushing what is wrong onto `errors`. */
type Check = (value: unknown, path: string, errors: ConfigError[]) => unknown
/** A field: its check, and whether it must be present (a string is the reason it is required). */
type Field = [Check, (true | string)?]
type Shape = Record<string, Field>

/** The offending value, short; never throws (functions, cycles and BigInts come from JS callers). */
function show(v: unknown): string {
  try {
    return (JSON.stringify(v) ?? (v === undefined ? 'nothing' : typeof v)).slice(0, 60)
  } catch {
    return typeof v
  }
}
const at = (path: string, key: string | number) =>
  typeof key == 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key
const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v == 'object' && !Array.isArray(v)

/** Pushes `expected <what>, got <value>` and returns false when `ok` is false. */
function expect(ok: boolean, what: string, v: unknown, path: string, errors: ConfigError[]): boolean {
  if (!ok) errors.push({ path, message: `expected ${what}, got ${show(v)}` })
  return ok
}

const matching =
  (pattern: RegExp, what: string): Check =>
  (v, path, errors) =>
    expect(typeof v == 'string' && pattern.test(v), what, v, path, errors)

const oneOf = (choices: readonly (string | boolean)[]): Check => {
  const what = `one of ${choices.join(', ') || '(none declared)'}`
  return (v, path, errors) => {
    if (!expect(choices.includes(v as string), what, v, path, errors)) errors.at(-1)!.message += didYouMean(v, choices)
  }
}

/** Edit distance of two short strings (ids and keys), for "did you mean". */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] == b[j - 1] ? 0 : 1))
    row = next
  }
  return row[b.length]!
}

/** `; did you mean x?` for the choice closest to a misspelt `v` (at most a third of it changed), else ''. */
export function didYouMean(v: unknown, choices: readonly unknown[]): string {
  if (typeof v != 'string') return ''
  let best = ''
  let least = Math.max(1, Math.floor(v.length / 3)) + 1
  for (const c of choices)
    if (typeof c == 'string' && c != v) {
      const d = distance(v.toLowerCase(), c.toLowerCase())
      if (d < least) (least = d), (best = c)
    }
  return best ? `; did you mean ${best}?` : ''
}

/** Words that make a list of information vague, which the external-transmission rule forbids
 * (Enforcement Regulations Art. 22-2-29: the information is listed concretely). */
const VAGUE = /(\betc\b\.?|等|など|ほか|その他|\bsuch as\b|\band others\b|\band more\b)/i

/** A localized item of `data`: also refused when it leaves the list open with 等/など/etc. */
const concrete: Check = (v, path, errors) => {
  localized(v, path, errors)
  const texts = isObject(v) ? Object.entries(v).map(([k, t]) => [at(path, k), t]) : [[path, v]]
  for (const [p, t] of texts) {
    const word = typeof t == 'string' && VAGUE.exec(t)?.[1]
    if (word)
      errors.push({
        path: p as string,
        message: `"${word}" leaves the information open; list every item concretely (the external-transmission rule asks for the information itself, not examples)`,
      })
  }
}

const text = matching(/\S/, 'a non-empty string')
const bool = oneOf([true, false])
const token = matching(/^[a-z][\w-]{0,63}$/i, 'an id like web-analytics (letters, digits, - _)')
const httpsUrl = matching(/^https:\/\/[^\s/]+\.[^\s]+$/, 'an https:// URL')
const host = '[a-z\\d-]+(\\.[a-z\\d-]+)+'
const int =
  (min: number, max: number): Check =>
  (v, path, errors) =>
    expect(
      Number.isInteger(v) && (v as number) >= min && (v as number) <= max,
      `a whole number from ${min} to ${max}`,
      v,
      path,
      errors,
    )

/** A plain string, or one per language code (`{ ja, en }`). */
const localized: Check = (v, path, errors) => {
  if (!isObject(v)) return text(v, path, errors)
  expect(Object.keys(v).length > 0, 'text or { ja, en } texts', v, path, errors)
  for (const k in v) text(v[k], at(path, k), errors)
}

const list =
  (item: Check, nonEmpty?: boolean): Check =>
  (v, path, errors) =>
    expect(
      Array.isArray(v) && (!nonEmpty || v.length > 0),
      nonEmpty ? 'a non-empty list' : 'a list',
      v,
      path,
      errors,
    ) && (v as unknown[]).forEach((x, i) => item(x, at(path, i), errors))

/** Any keys, every value checked by `item`. */
const record =
  (item: Check): Check =>
  (v, path, errors) => {
    if (expect(isObject(v), 'an object', v, path, errors))
      for (const k in v as object) item((v as Record<string, unknown>)[k], at(path, k), errors)
  }

/** An object with exactly the keys of `shape`; unknown keys are rejected listing the allowed ones. */
const object =
  (shape: Shape): Check =>
  (v, path, errors) => {
    if (!expect(isObject(v), 'an object', v, path, errors)) return
    const input = v as Record<string, unknown>
    for (const key in input)
      if (!Object.prototype.hasOwnProperty.call(shape, key))
        errors.push({
          path: at(path, key),
          message: `unknown key${didYouMean(key, Object.keys(shape))}; allowed: ${Object.keys(shape).join(', ')}`,
        })
    for (const key in shape) {
      const [check, required] = shape[key]!
      if (input[key] !== undefined) check(input[key], at(path, key), errors)
      else if (required)
        errors.push({ path: at(path, key), message: required === true ? 'missing' : `missing (${required})` })
    }
  }

const NOTICE = 'the Japanese external-transmission notice needs it'

/**
 * Service fields; `purposes` is re-bound per config to the declared purpose ids. `notice` false
 * leaves the notice items optional: for catalog entries given without their prose (the head's
 * compact catalog), whose full text is checked by the catalog's own tests.
 */
const serviceShape = (purposeIds: string[], notice: boolean): Shape => {
  const n = notice ? NOTICE : undefined
  return {
    id: [token, true],
    purposes: [list(oneOf(purposeIds), true), true],
    name: [localized, n],
    recipient: [localized, n],
    country: [matching(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 country code like US or JP'), n],
    data: [list(concrete, true), n],
    sitePurpose: [localized, n],
    recipientPurpose: [localized, n],
    hosts: [list(matching(new RegExp(`^${host}(:\\d+)?([/?]\\S*)?$`, 'i'), 'a host name'))],
    cookies: [list(matching(/^[^\s;,=]+$/, 'a cookie name (* as wildcard)'))],
    storage: [list(text)],
    retention: [localized],
    privacyPolicyUrl: [httpsUrl, n],
    optOutUrl: [httpsUrl],
    optOutKind: [oneOf(['transmission', 'personalisation', 'use'])],
    recipientAddress: [localized],
    recipientRepresentative: [localized],
    recipientMeasures: [localized],
    necessaryReason: [localized],
    consentMode: [oneOf(['basic', 'advanced'])],
    checked: [matching(/^\d{4}-\d\d-\d\d$/, 'a date YYYY-MM-DD')],
  }
}

const REGION = /^[A-Z]{2}(-[A-Z\d]{1,3})?$/
const consentState = object(
  Object.fromEntries(Object.keys(CONSENT_MODE_MAP).map((t) => [t, [oneOf(['granted', 'denied'])]])),
)
/** `{ "US-CA": { "ad_storage": "denied" } }`; config v1's list of codes is refused, naming the new form. */
const regionDefaults: Check = (v, path, errors) => {
  if (Array.isArray(v))
    return errors.push({
      path,
      message:
        'the list form is gone (it gave those regions the only default and left every other region without one); write region → consent types, e.g. { "US-CA": { "analytics_storage": "granted" } }, or leave it out for one global default',
    })
  if (!expect(isObject(v), 'an object of ISO 3166 code → consent types', v, path, errors)) return
  for (const code in v as object) {
    expect(REGION.test(code), 'an ISO 3166-1 or 3166-2 code like JP or US-CA', code, at(path, code), errors)
    consentState((v as Record<string, unknown>)[code], at(path, code), errors)
  }
}

/** Languages with built-in texts; any other needs the operator's banner strings in `ui.text.<lang>`. */
const BUILT_IN_LANGUAGES = ['ja', 'en']
const LANGUAGE = /^[a-z]{2,3}(-[a-z\d]+)*$/i

const configShape = (purposeIds: string[]): Shape => ({
  $schema: [text],
  revision: [matching(/^[\w.:-]{1,64}$/, 'up to 64 letters, digits, _ . : -'), true], // stored as is in the cookie
  controller: [
    object({
      name: [text, true],
      contact: [text],
      policyUrl: [text],
      address: [text],
      email: [matching(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'an e-mail address')],
      phone: [matching(/^\+?[\d\s()-]{4,}$/, 'a phone number')],
      url: [httpsUrl],
    }),
    true,
  ],
  jurisdiction: [
    matching(
      /^(JP|EU|UK|CH|KR|BR|CA|US(-[A-Z]{2})?)$/,
      'one of JP, EU, UK, CH, KR, BR, CA, US, US-<state> (US-CA, US-CO, …)',
    ),
  ],
  languages: [list(matching(LANGUAGE, 'a language tag like ja or en'), true)],
  consentMaxAgeDays: [int(1, 395)],
  cookie: [
    object({
      name: [matching(/^[\w!#$%&'*+.^`|~-]+$/, 'a cookie name')],
      domain: [matching(new RegExp(`^\\.?${host}$`, 'i'), 'a domain like .example.jp')],
    }),
  ],
  purposes: [
    list(
      object({
        id: [token, true],
        required: [bool],
        label: [localized],
        description: [localized],
        // Config v1 accepted `dpv` and nothing read it: refused rather than silently ignored.
        dpv: [
          (_v, path, errors) =>
            errors.push({
              path,
              message:
                'not used: receipts name purposes by id, and the collector maps ids to DPV categories for the Kantara export (its purposeCategories option); remove it',
            }),
        ],
        saleOrShare: [bool],
      }),
      true,
    ),
    true,
  ],
  services: [list(() => {}), true], // resolved and checked one by one in validateConfig
  receipts: [
    object({
      endpoint: [
        matching(
          /^(https:\/\/|http:\/\/(localhost|127\.0\.0\.1)[:/]|\/)\S+$/,
          'an https:// URL, a path, or http://localhost / http://127.0.0.1 for development',
        ),
      ],
      headers: [record(text)],
    }),
  ],
  ui: [
    object({
      theme: [record(text)],
      position: [oneOf(['bottom', 'center'])],
      text: [record(record(text))],
      reopen: [bool],
    }),
  ],
  consentMode: [
    object({
      waitForUpdate: [int(0, 60000)],
      regions: [regionDefaults],
      developerId: [matching(/^[A-Za-z\d]{1,32}$/, 'the developer id Google issued to the CMP (letters and digits)')],
      adsDataRedaction: [bool],
      urlPassthrough: [bool],
      map: [object(Object.fromEntries(Object.keys(CONSENT_MODE_MAP).map((t) => [t, [list(oneOf(purposeIds))]])))],
    }),
  ],
  gpc: [oneOf(['auto', 'always', 'never'])],
  reloadOnWithdraw: [bool],
})

/**
 * Checks a parsed JSON config, resolves catalog ids through `catalog` and fills in defaults.
 * `options.trustCatalog`: catalog entries may lack the notice prose (a compact catalog).
 */
export function validateConfig(
  input: unknown,
  catalog: Readonly<Record<string, Partial<ServiceDefinition>>> = {},
  options: { trustCatalog?: boolean } = {},
): { ok: true; config: ResolvedConfig } | { ok: false; errors: ConfigError[] } {
  const errors: ConfigError[] = []
  const purposes = isObject(input) && Array.isArray(input.purposes) ? input.purposes : []
  const purposeIds = purposes.map((p) => (isObject(p) && typeof p.id == 'string' ? p.id : ''))
  const declared = purposeIds.filter((id) => id)
  object(configShape(declared))(input, '', errors)
  if (!isObject(input)) return { ok: false, errors }
  purposeIds.forEach((id, i) => {
    if (purposeIds.indexOf(id) < i)
      errors.push({ path: `purposes[${i}].id`, message: `duplicate purpose id ${show(id)}` })
    // Visitors are told what every purpose covers: built-in ids have ja/en text, others need the operator's.
    const own = purposes[i] as Record<string, unknown>
    if (id && !BUILT_IN_PURPOSES.includes(id))
      for (const key of ['label', 'description'])
        if (own[key] === undefined)
          errors.push({
            path: `purposes[${i}].${key}`,
            message: `missing (no built-in text for purpose ${id}; built in: ${BUILT_IN_PURPOSES.join(', ')})`,
          })
  })
  const ids: unknown[] = []
  ;(Array.isArray(input.services) ? input.services : []).forEach((entry: unknown, i: number) => {
    const path = `services[${i}]`
    const id = isObject(entry) ? entry.id : entry
    const base = catalogEntry(catalog, id)
    if (ids.includes(id)) errors.push({ path, message: `duplicate service id ${show(id)}` })
    ids.push(id)
    const own = isObject(entry) && entry
    if (own || base) {
      const service = { id, ...base, ...own }
      // A purpose the operator did not write (the catalog's) is named as the catalog's need, at the
      // line the operator wrote, not at a purposes[] path that exists only in the catalog.
      const inherited = base && !(own && own.purposes)
      const missing =
        inherited && Array.isArray(service.purposes) ? service.purposes.filter((p) => !declared.includes(p)) : []
      for (const p of missing)
        errors.push({ path, message: `service ${id} (catalog) needs purpose ${p}; add it to purposes` })
      object(serviceShape(missing.length ? [...declared, ...missing] : declared, !(base && options.trustCatalog)))(
        service,
        path,
        errors,
      )
    } else {
      const known = Object.keys(catalog)
      errors.push({
        path,
        message: `unknown catalog id ${show(entry)}${didYouMean(entry, known)}; ${known.length ? `known: ${known.join(', ')}` : 'no catalog was given, so write the full definition'}`,
      })
    }
  })
  const ui = isObject(input.ui) && isObject(input.ui.text) ? input.ui.text : {}
  if (Array.isArray(input.languages))
    input.languages.forEach((lang: unknown, i: number) => {
      if (typeof lang == 'string' && LANGUAGE.test(lang) && !BUILT_IN_LANGUAGES.includes(lang) && !isObject(ui[lang]))
        errors.push({
          path: `languages[${i}]`,
          message: `no texts for ${show(lang)}${didYouMean(lang, BUILT_IN_LANGUAGES)}: built in are ${BUILT_IN_LANGUAGES.join(', ')}; to offer it, give ui.text.${lang} with every banner string (packages/banner README) and ${lang} texts of purposes and services`,
        })
    })
  return errors.length
    ? { ok: false, errors }
    : { ok: true, config: resolveConfig(input as unknown as SekishoConfig, catalog) }
}

/** One line per error: `path: message`. */
export function formatConfigErrors(errors: ConfigError[]): string {
  return errors.map((e) => `${e.path || '(config)'}: ${e.message}`).join('\n')
}
