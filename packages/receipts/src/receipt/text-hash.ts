// SHA-256 of the exact wording shown, so a receipt proves which text the visitor saw (GDPR Art. 7(1)).
import { sha256 } from './sha256.ts'

/** Lowercase hex SHA-256 of `text` (UTF-8): Web Crypto's, or the same computed in JavaScript on a
 * page that has none (served over plain http: `crypto.subtle` exists only in secure contexts). */
export async function textHash(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text)
  const digest = crypto.subtle ? new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)) : sha256(bytes)
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')
}
