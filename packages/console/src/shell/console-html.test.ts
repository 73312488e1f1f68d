import { expect } from 'chai'
import { consoleHtml } from './console-html.ts'

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html')

describe('consoleHtml', () => {
  it('is a shell with #app and the console script, nothing inline', () => {
    const doc = parse(consoleHtml())
    expect(doc.getElementById('app')?.outerHTML).not.to.equal(undefined)
    const scripts = [...doc.querySelectorAll('script')]
    expect(scripts.map((s) => s.getAttribute('src'))).to.deep.equal(['/console.js'])
    expect(scripts[0]!.textContent).to.equal('')
    expect(doc.querySelectorAll('style, [style], [onclick], [onload]').length).to.equal(0)
    expect(doc.querySelector('meta[name=viewport]')?.outerHTML).not.to.equal(undefined)
  })
  it('escapes the title and carries the nonce', () => {
    const doc = parse(consoleHtml({ title: '<b>関所</b> & "co"', nonce: 'n"1', script: '/x/console.js' }))
    expect(doc.title).to.equal('<b>関所</b> & "co"')
    expect(doc.querySelector('b')?.outerHTML).to.equal(undefined)
    const script = doc.querySelector('script')!
    expect(script.getAttribute('nonce')).to.equal('n"1')
    expect(script.getAttribute('src')).to.equal('/x/console.js')
  })
})
