// SHA-256 (FIPS 180-4) in plain JavaScript, for pages where Web Crypto's digest is missing: it exists
// only in secure contexts, so a site served over plain http had no receipt at all (the hash threw).
// Not @noble/hashes: its sha256 adds 2.9 KB gzip to the receipts chunk, this ~0.5 KB; the tests check
// it against Web Crypto byte for byte.

const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n))

/** The first 32 bits of the fractional parts of the square roots (`root` 2) or cube roots (3) of
 * the first `count` primes: the initial hash value and the round constants. */
function constants(count: number, root: number): number[] {
  const out: number[] = []
  for (let n = 2; out.length < count; n++) {
    let prime = true
    for (let d = 2; d * d <= n; d++) if (n % d == 0) prime = false
    if (prime) out.push(((n ** (1 / root) % 1) * 2 ** 32) | 0)
  }
  return out
}

/** The SHA-256 digest of `bytes` (32 bytes, as Web Crypto's `digest` gives it). */
export function sha256(bytes: Uint8Array): Uint8Array {
  const K = constants(64, 3)
  let h = constants(8, 2)
  const length = bytes.length
  // The message, a 1 bit, zeros, and its length in bits (64 bits) fill whole 64-byte blocks.
  const words = new Int32Array(((length + 72) >> 6) << 4)
  for (let i = 0; i < length; i++) words[i >> 2] = words[i >> 2]! | (bytes[i]! << (24 - (i % 4) * 8))
  words[length >> 2] = words[length >> 2]! | (0x80 << (24 - (length % 4) * 8))
  words[words.length - 2] = length >>> 29
  words[words.length - 1] = length << 3
  const w = new Int32Array(64)
  for (let block = 0; block < words.length; block += 16) {
    let [a, b, c, d, e, f, g, k] = h as [number, number, number, number, number, number, number, number]
    for (let t = 0; t < 64; t++) {
      if (t < 16) w[t] = words[block + t]!
      else {
        const x = w[t - 15]!
        const y = w[t - 2]!
        w[t] =
          (rotr(x, 7) ^ rotr(x, 18) ^ (x >>> 3)) + w[t - 7]! + (rotr(y, 17) ^ rotr(y, 19) ^ (y >>> 10)) + w[t - 16]!
      }
      const t1 = (k + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[t]! + w[t]!) | 0
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0
      k = g
      g = f
      f = e
      e = (d + t1) | 0
      d = c
      c = b
      b = a
      a = (t1 + t2) | 0
    }
    h = [a, b, c, d, e, f, g, k].map((v, i) => (v + h[i]!) | 0)
  }
  // Big-endian, each word's bytes high first (a typed array keeps the low 8 bits of what it is given).
  return Uint8Array.from({ length: 32 }, (_, i) => h[i >> 2]! >>> (24 - (i % 4) * 8))
}
