// The hash chain: the exact bytes hashed per row, so an auditor can re-check a row with sha256sum.
import { createHash } from 'node:crypto'

/** The `previous hash` of a site's first row: 64 zeros. */
export const GENESIS = '0'.repeat(64)

/** JSON with object keys sorted (by UTF-16 code units) at every depth and no whitespace; the stored body. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined)
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/** sha256(previousHash + "\n" + receivedAt + "\n" + body), lowercase hex. */
export function chainHash(previousHash: string, receivedAt: string, body: string): string {
  return createHash('sha256').update(`${previousHash}\n${receivedAt}\n${body}`).digest('hex')
}
