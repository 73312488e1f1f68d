// The head gate's place in the HTML: first in <head> (after a leading <meta charset>), whether the
// page arrives in one piece or in chunks, and only in HTML responses.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { headTags, putFirstInHead } from 'sekisho/head-tags'
import { headFirst, headFirstStream } from './middleware.ts'

const TAGS = '<script src="/sekisho/sekisho.js"></script>'

test('the tags go right after <head>, or after a <meta charset> that opens it', () => {
  assert.equal(
    putFirstInHead('<html><head><title>t</title></head>', TAGS),
    `<html><head>${TAGS}<title>t</title></head>`,
  )
  assert.equal(
    putFirstInHead('<head lang="ja">\n  <meta charset="utf-8" />\n  <meta name="x">', TAGS),
    `<head lang="ja">\n  <meta charset="utf-8" />${TAGS}\n  <meta name="x">`,
  )
  // A <header> is no <head>; a fragment without a head is left alone.
  assert.equal(putFirstInHead('<header>x</header>', TAGS), '<header>x</header>')
})

test("the config's text cannot close its script element; $schema is left out", () => {
  const config = { $schema: 'x.json', revision: '</script><script>alert(1)</script>' } as never
  assert.equal(
    headTags(config, '/s.js'),
    '<script type="application/json" id="sekisho-config">{"revision":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}</script><script src="/s.js"></script>',
  )
})

/** `chunks` through the stream, as text. */
async function streamed(chunks: string[]) {
  const encoder = new TextEncoder()
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk))
      controller.close()
    },
  })
  return new Response(source.pipeThrough(headFirstStream(TAGS))).text()
}

test('a page in chunks: the head is held until complete (the <meta charset> may come later), the body streams', async () => {
  assert.equal(
    await streamed(['<!doctype html><he', 'ad><meta ch', 'arset="utf-8"><title>t</title></head><body>', 'b</body>']),
    `<!doctype html><head><meta charset="utf-8">${TAGS}<title>t</title></head><body>b</body>`,
  )
  // Nothing like a head: the text passes unchanged.
  assert.equal(await streamed(['{"a":', '1}']), '{"a":1}')
})

test('the middleware changes HTML responses only, and drops their stale Content-Length', async () => {
  const onRequest = headFirst(TAGS)
  const html = '<html><head></head><body></body></html>'
  const page = await onRequest(
    {},
    async () =>
      new Response(html, {
        status: 404,
        headers: { 'content-type': 'text/html', 'content-length': String(html.length) },
      }),
  )
  assert.equal(page.status, 404)
  assert.equal(page.headers.get('content-length'), null)
  assert.equal(await page.text(), `<html><head>${TAGS}</head><body></body></html>`)
  const json = await onRequest({}, async () => Response.json({ head: '<head>' }))
  assert.equal(await json.text(), '{"head":"<head>"}')
})
