// SHA-256 of the exact wording shown, so a receipt proves which text the visitor saw (GDPR Art. 7(1)).

/** Lowercase hex SHA-256 of `text` (UTF-8), computed with Web Crypto. */
export async function textHash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')
}
