// Strings every store can keep and every reader can parse back: PostgreSQL's text and jsonb refuse
// U+0000, and a lone UTF-16 surrogate has no UTF-8 form (stored, it would break later reads).
import type { ReceiptError } from '@sekisho/receipts/schema'

const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

const problem = (text: string): string | undefined => {
  const nul = text.indexOf('\0')
  if (nul >= 0) return `contains U+0000 (NUL) at character ${nul}, which no store can keep`
  const match = LONE.exec(text)
  if (!match) return undefined
  const code = match[0].charCodeAt(0).toString(16).toUpperCase()
  return `contains a lone surrogate U+${code} at character ${match.index} (not encodable as UTF-8)`
}

const keyPath = (path: string, key: string) =>
  /^[A-Za-z_$][\w$]*$/.test(key) ? (path ? `${path}.${key}` : key) : `${path}[${JSON.stringify(key)}]`

/** The first string (value or key) of `value` that cannot be stored, named by its path. */
export function textError(value: unknown, path = ''): ReceiptError | undefined {
  if (typeof value === 'string') {
    const message = problem(value)
    return message ? { path, message } : undefined
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const error = textError(value[i], `${path}[${i}]`)
      if (error) return error
    }
    return undefined
  }
  // Anything else is an object, whose names and values are walked, or has no names (for…in over a
  // number, boolean or null runs no iteration).
  const object = value as Record<string, unknown>
  for (const key in object) {
    const at = keyPath(path, key)
    const bad = problem(key)
    if (bad) return { path: at, message: `field name ${bad}` }
    const error = textError(object[key], at)
    if (error) return error
  }
  return undefined
}
