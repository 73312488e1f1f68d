// Bearer tokens: only SHA-256 hashes are kept (options and store), compared in constant time.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import type { ReceiptStore, TokenScope } from '../store/store.ts'

export interface TokenOption {
  token: string
  /** `export` reads receipts, exports and stats; `admin` also purges and manages tokens. */
  scope: TokenScope
  label?: string
}

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex')

/** A new random token (`sk_` + 256 bits, base64url); shown once, stored as its hash. */
export const generateToken = (): string => `sk_${randomBytes(32).toString('base64url')}`

/** Resolves the scope a request's `Authorization: Bearer …` grants, if any. */
export function createTokenCheck(store: ReceiptStore, configured: readonly TokenOption[] = []) {
  const fixed = configured.map((t) => ({ hash: Buffer.from(hashToken(t.token), 'hex'), scope: t.scope }))
  return async (authorization: string | undefined): Promise<TokenScope | undefined> => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')
    if (!match) return undefined
    const presented = Buffer.from(hashToken(match[1]!), 'hex')
    const stored = (await store.tokens()).map((t) => ({ hash: Buffer.from(t.hash, 'hex'), scope: t.scope }))
    let scope: TokenScope | undefined
    // Every candidate is compared (no early exit), each in constant time.
    for (const candidate of [...fixed, ...stored])
      if (candidate.hash.length === presented.length && timingSafeEqual(candidate.hash, presented) && scope !== 'admin')
        scope = candidate.scope
    return scope
  }
}
