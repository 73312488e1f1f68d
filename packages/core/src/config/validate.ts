// Runtime validation of the site config: one table of field checks, errors as values naming the path.
import type { ConfigError, ResolvedConfig, SekishoConfig, ServiceDefinition } from '../types.ts'
import { CONSENT_MODE_MAP } from '../consent-mode/consent-mode.ts'
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
  return (v, path, errors) => expect(choices.includes(v as string), what, v, path, errors)
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
        errors.push({ path: at(path, key), message: `unknown key; allowed: ${Object.keys(shape).join(', ')}` })
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
    data: [list(localized, true), n],
    sitePurpose: [localized, n],
    recipientPurpose: [localized, n],
    hosts: [list(matching(new RegExp(`^${host}(:\\d+)?([/?]\\S*)?$`, 'i'), 'a host name'))],
    cookies: [list(matching(/^[^\s;,=]+$/, 'a cookie name (* as wildcard)'))],
    storage: [list(text)],
    retention: [localized],
    privacyPolicyUrl: [httpsUrl, n],
    optOutUrl: [httpsUrl],
    optOutKind: [oneOf(['transmission', 'personalisation'])],
    recipientAddress: [localized],
    recipientRepresentative: [localized],
    necessaryReason: [localized],
    consentMode: [oneOf(['basic', 'advanced'])],
    checked: [matching(/^\d{4}-\d\d-\d\d$/, 'a date YYYY-MM-DD')],
  }
}

const configShape = (purposeIds: string[]): Shape => ({
  $schema: [text],
  revision: [matching(/^[\w.:-]{1,64}$/, 'up to 64 letters, digits, _ . : -'), true], // stored as is in the cookie
  controller: [object({ name: [text, true], contact: [text], policyUrl: [text], address: [text] }), true],
  jurisdiction: [
    matching(
      /^(JP|EU|UK|CH|KR|BR|CA|US(-[A-Z]{2})?)$/,
      'one of JP, EU, UK, CH, KR, BR, CA, US, US-<state> (US-CA, US-CO, …)',
    ),
  ],
  languages: [list(matching(/^[a-z]{2,3}(-[a-z\d]+)*$/i, 'a language tag like ja or en'), true)],
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
        dpv: [matching(/^\w+:\w+$/, 'a term like dpv:Marketing')],
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
      regions: [list(matching(/^[A-Z]{2}(-[A-Z\d]{1,3})?$/, 'an ISO 3166-1 or 3166-2 code like JP or US-CA'))],
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
  })
  const ids: unknown[] = []
  ;(Array.isArray(input.services) ? input.services : []).forEach((entry: unknown, i: number) => {
    const path = `services[${i}]`
    const id = isObject(entry) ? entry.id : entry
    const base = catalogEntry(catalog, id)
    if (ids.includes(id)) errors.push({ path, message: `duplicate service id ${show(id)}` })
    ids.push(id)
    if (isObject(entry) || base)
      object(serviceShape(declared, !(base && options.trustCatalog)))(
        { id, ...base, ...(isObject(entry) && entry) },
        path,
        errors,
      )
    else {
      const known = Object.keys(catalog).join(', ')
      errors.push({
        path,
        message: `unknown catalog id ${show(entry)}; ${known ? `known: ${known}` : 'no catalog was given, so write the full definition'}`,
      })
    }
  })
  return errors.length
    ? { ok: false, errors }
    : { ok: true, config: resolveConfig(input as unknown as SekishoConfig, catalog) }
}

/** One line per error: `path: message`. */
export function formatConfigErrors(errors: ConfigError[]): string {
  return errors.map((e) => `${e.path || '(config)'}: ${e.message}`).join('\n')
}
