// The head gate's place in the page Nuxt renders: first in <head>, after a leading <meta charset>,
// whatever the renderer and other plugins put there.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { headFirst, putFirst, type RenderedHtml } from './nitro.ts'

const TAGS = '<script src="/sekisho/sekisho.js"></script>'

test('the tags go first in the head, after a <meta charset> that opens it', () => {
  const html = {
    head: ['<meta charset="utf-8">\n<title>t</title>', '<script type="module" src="/_nuxt/e.js"></script>'],
  }
  putFirst(html, TAGS)
  assert.deepEqual(html.head, [
    `<meta charset="utf-8">${TAGS}\n<title>t</title><script type="module" src="/_nuxt/e.js"></script>`,
  ])
  // No charset (or one further down): the tags open the head.
  const other = { head: ['<title>t</title><meta charset="utf-8">'] }
  putFirst(other, TAGS)
  assert.deepEqual(other.head, [`${TAGS}<title>t</title><meta charset="utf-8">`])
  const empty: RenderedHtml = { head: [] }
  putFirst(empty, TAGS)
  assert.deepEqual(empty.head, [TAGS])
})

test("the plugin puts the tags in every page Nitro's renderer passes to render:html", () => {
  const hooks: Array<[string, (html: RenderedHtml) => void]> = []
  headFirst(TAGS)({ hooks: { hook: (name, run) => hooks.push([name, run]) } })
  assert.deepEqual(
    hooks.map(([name]) => name),
    ['render:html'],
  )
  const page = { head: ['<meta charset="utf-8">'] }
  hooks[0]![1](page)
  assert.deepEqual(page.head, [`<meta charset="utf-8">${TAGS}`])
})
