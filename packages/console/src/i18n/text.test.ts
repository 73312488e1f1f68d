import { expect } from 'chai'
import { TEXT, fill, nameOf } from './text.ts'

const shape = (value: unknown): unknown =>
  typeof value === 'object' && value
    ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]))
    : typeof value

describe('TEXT', () => {
  it('has the same keys in Japanese and English, all filled', () => {
    expect(shape(TEXT.ja)).to.deep.equal(shape(TEXT.en))
    const strings = (v: unknown): string[] =>
      typeof v === 'string' ? [v] : Object.values(v as object).flatMap(strings)
    for (const s of [...strings(TEXT.ja), ...strings(TEXT.en)]) expect(s.trim()).not.to.equal('')
  })
  it('uses the same placeholders in both languages', () => {
    const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort()
    for (const key of Object.keys(TEXT.en) as Array<keyof typeof TEXT.en>) {
      const en = TEXT.en[key]
      if (typeof en === 'string') expect(holes(TEXT.ja[key] as string), key).to.deep.equal(holes(en))
    }
  })
})

describe('fill and nameOf', () => {
  it('fills known placeholders and leaves unknown ones visible', () => {
    expect(fill('{a} of {b} ({c})', { a: 1, b: 'two' })).to.equal('1 of two ({c})')
  })
  it('names known ids and shows unknown ids as they are', () => {
    expect(nameOf(TEXT.ja.methods, 'reject-all')).to.equal('すべて拒否')
    expect(nameOf(TEXT.en.purposeNames, 'x-custom')).to.equal('x-custom')
  })
})
