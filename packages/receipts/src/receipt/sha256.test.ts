import { expect } from 'chai'
import { textHash } from '../index.ts'
import { sha256 } from './sha256.ts'

const webCrypto = async (bytes: Uint8Array<ArrayBuffer>) => new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))

/** Runs `fn` as on a page without Web Crypto: `crypto.subtle` is undefined in an insecure context. */
async function withoutWebCrypto<T>(fn: () => Promise<T>): Promise<T> {
  Object.defineProperty(crypto, 'subtle', { value: undefined, configurable: true })
  try {
    expect(crypto.subtle).to.equal(undefined)
    return await fn()
  } finally {
    delete (crypto as { subtle?: unknown }).subtle
    expect(crypto.subtle).to.not.equal(undefined)
  }
}

describe('sha256 (the hash where Web Crypto is missing)', () => {
  it('equals Web Crypto for every length up to three blocks and across each block boundary', async () => {
    // Lengths 55/56 and 119/120 are where the length field no longer fits the last block.
    for (let length = 0; length <= 200; length++) {
      const bytes = crypto.getRandomValues(new Uint8Array(length))
      expect(sha256(bytes), `length ${length}`).to.deep.equal(await webCrypto(bytes))
    }
  })
  it('equals Web Crypto on a long wording and on bytes with the high bit set', async () => {
    const long = new TextEncoder().encode(
      '当サイトでは、分析と広告のために外部の事業者へ情報を送信します。'.repeat(300),
    )
    expect(sha256(long)).to.deep.equal(await webCrypto(long))
    const high = new Uint8Array(130).fill(0xff)
    expect(sha256(high)).to.deep.equal(await webCrypto(high))
  })
})

describe('textHash on a page without Web Crypto (plain http)', () => {
  it('gives the FIPS 180-4 example digests', async () => {
    const [abc, twoBlocks] = await withoutWebCrypto(() =>
      Promise.all([textHash('abc'), textHash('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')]),
    )
    expect(abc).to.equal('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    expect(twoBlocks).to.equal('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1')
  })
  it('hashes as it does with Web Crypto', async () => {
    const text = 'クッキーと外部送信について\nすべて同意'
    const expected = await textHash(text)
    expect(await withoutWebCrypto(() => textHash(text))).to.equal(expected)
  })
})
