// The hash chain: the exact bytes hashed per row, so an auditor can re-check a row with sha256sum.
import { createHash } from 'node:crypto'
import canonicalize from 'canonicalize'

/** The `previous hash` of a site's first row: 64 zeros. */
export const GENESIS = '0'.repeat(64)

/** The recipe new rows are written with; every row stores its own, so chains written before keep verifying. */
export const CHAIN_RECIPE = 3

const LONE_SURROGATE = /(?<!\\)(?:\\\\)*\\ud[89a-f][0-9a-f]{2}/

/** RFC 8785 (JSON Canonicalization Scheme) text of `value`: the stored, hashed body. Throws on values JSON cannot carry (lone surrogates, NaN). */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value)
  // RFC 8785 wants well-formed strings; JSON.stringify writes a lone surrogate as an escape (\udXXX
  // after an odd run of backslashes), which is refused here.
  if (text !== undefined && LONE_SURROGATE.test(text)) throw new Error('canonicalJson: lone surrogate in a string')
  if (text === undefined) throw new Error('canonicalJson: the value has no JSON form')
  return text
}

/** Lowercase hex SHA-256 of a string's UTF-8 bytes. */
export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex')

/**
 * The hash of one row, by the row's recipe:
 * - 1: sha256(previousHash + "\n" + receivedAt + "\n" + body);
 * - 2: sha256("sekisho-chain/2\n" + previousHash + "\n" + receivedAt + "\n" + body), body in RFC 8785;
 * - 3: sha256("sekisho-chain/3\n" + previousHash + "\n" + receivedAt + "\n" + sha256(raw) + "\n" + body):
 *   also the bytes the receipt arrived as (`raw`, its text in the request body), so they cannot be
 *   swapped for another serialisation of the same receipt.
 * The prefix means a row's recipe cannot be relabelled without its hash failing.
 */
export function chainHash(
  previousHash: string,
  receivedAt: string,
  body: string,
  recipe = CHAIN_RECIPE,
  raw = body,
): string {
  const prefix = recipe === 1 ? '' : `sekisho-chain/${recipe}\n`
  const rawDigest = recipe >= 3 ? `${sha256Hex(raw)}\n` : ''
  return createHash('sha256').update(`${prefix}${previousHash}\n${receivedAt}\n${rawDigest}${body}`).digest('hex')
}
