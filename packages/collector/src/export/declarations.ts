// What each site declared, per policy revision (controller, services' recipients, items, purposes):
// kept by the collector so that an export resolves a receipt against the declaration of the revision
// it was made under, never against whatever the site declares today. Each site's declarations form
// a hash chain of their own, so a later edit of a stored one is visible.
import { textError } from '../ingest/text.ts'
import { canonicalJson, GENESIS, sha256Hex } from '../chain/hash.ts'
import type { SiteDeclaration } from './site.ts'

/** One stored declaration and its place in its site's chain. */
export interface StoredDeclaration {
  /** Arrival order, across sites. */
  seq: number
  /** The site origin receipts name, or `*` for every site without one of its own. */
  site: string
  /** The policy revision receipts carry in `policy.revision`. */
  revision: string
  /** When the collector stored it (ISO 8601 UTC); part of the hashed bytes. */
  receivedAt: string
  /** RFC 8785 JSON of the declaration: the hashed bytes. */
  body: string
  prevHash: string
  hash: string
}

/** `sha256("sekisho-declaration/1\n" + prevHash + "\n" + site + "\n" + revision + "\n" + receivedAt + "\n" + body)`. */
export const declarationHash = (prevHash: string, site: string, revision: string, receivedAt: string, body: string) =>
  sha256Hex(`sekisho-declaration/1\n${prevHash}\n${site}\n${revision}\n${receivedAt}\n${body}`)

/** The largest declaration the admin API takes (a site with a hundred services needs a tenth of it). */
export const DECLARATION_BYTES = 256 * 1024

const ORIGIN = /^https?:\/\/[^/?#\s]+$/

type Parsed<T> = { ok: true; value: T } | { ok: false; error: string }

/** What every store refuses in a text (NUL, lone surrogates), named at `path`. */
function unstorable(value: unknown, path: string): string | undefined {
  const bad = textError(value, path)
  return bad && `${path}: ${bad.message}`
}

function textList(value: unknown, path: string): string | undefined {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && v.length > 0 && v.length <= 2000))
    return `${path}: expected a list of texts (1–2000 characters each)`
  return unstorable(value, path)
}

function optionalText(value: unknown, path: string): string | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'string' || value.length > 2000) return `${path}: expected a text of up to 2000 characters`
  return unstorable(value, path)
}

/** The declaration in `value` (a site's config resolved against the catalog, as `sekisho declare`
 * sends it), or the first problem, naming its path. Unknown keys are refused: a misspelt field would
 * otherwise be kept and hashed, and read by no export. */
export function parseDeclaration(value: unknown, path = 'declaration'): Parsed<SiteDeclaration> {
  const object = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v)
  const unknownKey = (v: object, keys: string[], at: string) => {
    const extra = Object.keys(v).find((k) => !keys.includes(k))
    return extra === undefined
      ? undefined
      : `${at}.${extra}: not a field of a declaration (expected ${keys.join(', ')})`
  }
  const fail = (error: string): Parsed<SiteDeclaration> => ({ ok: false, error })
  if (!object(value)) return fail(`${path}: expected an object {controller, requiredPurposes, services}`)
  const d = value as Record<string, unknown>
  const extra = unknownKey(d, ['controller', 'requiredPurposes', 'services', 'consentMaxAgeDays'], path)
  if (extra) return fail(extra)
  const days = d.consentMaxAgeDays
  if (days !== undefined && !(Number.isInteger(days) && (days as number) > 0 && (days as number) <= 3660))
    return fail(`${path}.consentMaxAgeDays: expected a whole number of days (1–3660)`)
  if (d.controller !== undefined) {
    if (!object(d.controller)) return fail(`${path}.controller: expected an object {name, contact, address, …}`)
    const c = d.controller as Record<string, unknown>
    const keys = ['name', 'contact', 'address', 'email', 'phone', 'url']
    const bad =
      unknownKey(c, keys, `${path}.controller`) ??
      (typeof c.name !== 'string' || !c.name ? `${path}.controller.name: expected the controller's name` : undefined) ??
      keys.map((k) => optionalText(c[k], `${path}.controller.${k}`)).find(Boolean)
    if (bad) return fail(bad)
  }
  if (d.requiredPurposes !== undefined) {
    const bad = textList(d.requiredPurposes, `${path}.requiredPurposes`)
    if (bad) return fail(bad)
  }
  if (d.services !== undefined) {
    if (!object(d.services)) return fail(`${path}.services: expected an object of service id -> service`)
    for (const [id, service] of Object.entries(d.services as Record<string, unknown>)) {
      const at = `${path}.services.${id}`
      if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(id)) return fail(`${at}: expected a service id (a-z, 0-9, -)`)
      if (!object(service)) return fail(`${at}: expected an object {recipient, data, purposes, …}`)
      const s = service as Record<string, unknown>
      const texts = [
        'recipient',
        'recipientAddress',
        'recipientRepresentative',
        'country',
        'retention',
        'privacyPolicyUrl',
      ]
      const bad =
        unknownKey(s, [...texts, 'data', 'purposes'], at) ??
        texts.map((k) => optionalText(s[k], `${at}.${k}`)).find(Boolean) ??
        (s.country !== undefined && !/^[A-Z]{2}$/.test(String(s.country))
          ? `${at}.country: expected an ISO 3166-1 alpha-2 code such as "JP"`
          : undefined) ??
        (s.data === undefined ? undefined : textList(s.data, `${at}.data`)) ??
        (s.purposes === undefined ? undefined : textList(s.purposes, `${at}.purposes`))
      if (bad) return fail(bad)
    }
  }
  return { ok: true, value: d as SiteDeclaration }
}

/** Checks the `site` and `revision` a declaration is stored under. */
export function declarationKeyError(site: unknown, revision: unknown): string | undefined {
  if (typeof site !== 'string' || (site !== '*' && !ORIGIN.test(site)))
    return 'site: expected the origin receipts name (https://www.example.jp), or * for every site'
  if (typeof revision !== 'string' || !revision || revision.length > 200 || textError(revision))
    return 'revision: expected the policy revision receipts carry (1–200 characters)'
  return undefined
}

/** The canonical bytes a declaration is stored and hashed as. */
export const declarationBody = (declaration: SiteDeclaration): string => canonicalJson(declaration)

/** Re-hashes every site's chain of declarations (in `seq` order); the first break names where. */
export function verifyDeclarations(declarations: readonly StoredDeclaration[]): {
  ok: boolean
  checked: number
  firstBreak?: { site: string; revision: string; reason: string }
} {
  const heads = new Map<string, string>()
  let checked = 0
  for (const d of [...declarations].sort((a, b) => a.seq - b.seq)) {
    const prev = heads.get(d.site) ?? GENESIS
    const at = { site: d.site, revision: d.revision }
    if (d.prevHash !== prev)
      return {
        ok: false,
        checked,
        firstBreak: { ...at, reason: 'its previous hash is not the one before it (a row removed or inserted)' },
      }
    if (declarationHash(prev, d.site, d.revision, d.receivedAt, d.body) !== d.hash)
      return { ok: false, checked, firstBreak: { ...at, reason: 'its bytes do not hash to its stored hash (edited)' } }
    heads.set(d.site, d.hash)
    checked++
  }
  return { ok: true, checked }
}

/** Resolves a receipt's declaration: its site's for its revision, else the `*` one for its revision,
 * else `fallback` (the collector's `--site-config`, what the site declares now). */
export function declarationResolver(
  declarations: readonly StoredDeclaration[],
  fallback?: SiteDeclaration,
): (receipt: { site: string; policy: { revision: string } }) => SiteDeclaration | undefined {
  const byKey = new Map<string, SiteDeclaration>()
  for (const d of declarations) byKey.set(`${d.site}\n${d.revision}`, JSON.parse(d.body) as SiteDeclaration)
  return (r) => byKey.get(`${r.site}\n${r.policy.revision}`) ?? byKey.get(`*\n${r.policy.revision}`) ?? fallback
}
