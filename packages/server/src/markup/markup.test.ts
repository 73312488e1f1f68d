// The HTML transform, tag kind by tag kind, with the vendors' snippets as sites paste them.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { catalog } from '@sekisho/catalog'
import { createMarkup, markupHtml } from './markup.ts'

const services = ['google-analytics', 'google-tag-manager', 'meta-pixel', 'line-tag', 'a8net', 'youtube'].map(
  (id) => catalog[id]!,
)
const run = (html: string, options = {}) => markupHtml(html, { services, base: 'https://shop.example.jp/', ...options })
const html = (input: string, options = {}) => run(input, options).html

test('a tracker <script src> loses its type and its URL moves to data-src', () => {
  assert.equal(
    html('<script async src="https://www.googletagmanager.com/gtag/js?id=G-X1"></script>'),
    '<script async data-src="https://www.googletagmanager.com/gtag/js?id=G-X1" type="text/plain" data-sekisho="google-analytics"></script>',
  )
  // A module keeps its real type in data-type, for the gate's release.
  assert.equal(
    html('<script type="module" src="//statics.a8.net/a8sales/a8sales.js"></script>'),
    '<script data-type="module" data-src="//statics.a8.net/a8sales/a8sales.js" type="text/plain" data-sekisho="a8net"></script>',
  )
})

test('images, srcset, picture sources, posters, links, objects and frames', () => {
  const cases: Array<[string, string]> = [
    [
      '<img src="https://www17.a8.net/0.gif?a8mat=1" alt="">',
      '<img data-src="https://www17.a8.net/0.gif?a8mat=1" alt="" data-sekisho="a8net">',
    ],
    [
      '<img srcset="/a.png 1x, https://px.a8.net/b.gif 2x">',
      '<img data-srcset="/a.png 1x, https://px.a8.net/b.gif 2x" data-sekisho="a8net">',
    ],
    [
      '<picture><source srcset="https://px.a8.net/b.gif"></picture>',
      '<picture><source data-srcset="https://px.a8.net/b.gif" data-sekisho="a8net"></picture>',
    ],
    [
      '<video poster="https://px.a8.net/p.gif"></video>',
      '<video data-poster="https://px.a8.net/p.gif" data-sekisho="a8net"></video>',
    ],
    [
      '<link rel="preload" as="script" href="https://connect.facebook.net/en_US/fbevents.js">',
      '<link rel="preload" as="script" data-href="https://connect.facebook.net/en_US/fbevents.js" data-sekisho="meta-pixel">',
    ],
    [
      '<link rel="stylesheet" href="https://px.a8.net/a.css"/>',
      '<link rel="stylesheet" data-href="https://px.a8.net/a.css" data-sekisho="a8net"/>',
    ],
    [
      '<object data="https://px.a8.net/o.swf"></object>',
      '<object data-data="https://px.a8.net/o.swf" data-sekisho="a8net"></object>',
    ],
    [
      '<iframe src="https://www.youtube.com/embed/v1" title="video"></iframe>',
      '<iframe data-src="https://www.youtube.com/embed/v1" title="video" data-sekisho="youtube" data-sekisho-placeholder=""></iframe>',
    ],
    [
      '<input type="image" src="https://px.a8.net/btn.gif" alt="buy">',
      '<input type="image" data-src="https://px.a8.net/btn.gif" alt="buy" data-sekisho="a8net">',
    ],
  ]
  for (const [input, output] of cases) assert.equal(html(input), output, input)
})

test('an inline style keeps its other declarations; the tracker url() waits in data-style', () => {
  assert.equal(
    html(`<div style="background:url('https://px.a8.net/bg.gif') no-repeat; color:red">x</div>`),
    `<div data-style="background:url('https://px.a8.net/bg.gif') no-repeat; color:red" style="background:none no-repeat; color:red" data-sekisho="a8net">x</div>`,
  )
})

test('the frame placeholder text is the option; false adds none', () => {
  const frame = '<iframe src="https://www.youtube.com/embed/v1"></iframe>'
  assert.match(html(frame, { framePlaceholder: '動画を再生' }), /data-sekisho-placeholder="動画を再生"/)
  assert.doesNotMatch(html(frame, { framePlaceholder: false }), /placeholder/)
})

test('Meta Pixel: the inline loader and its noscript pixel', () => {
  const pasted = `<script>
!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){};t=b.createElement(e);t.async=!0;
t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window, document,'script',
'https://connect.facebook.net/en_US/fbevents.js');fbq('init', '1');fbq('track', 'PageView');
</script>
<noscript><img height="1" width="1" style="display:none" src="https://www.facebook.com/tr?id=1&ev=PageView&noscript=1"/></noscript>`
  const out = html(pasted)
  assert.match(out, /^<script type="text\/plain" data-sekisho="meta-pixel">\n!function/)
  assert.match(
    out,
    /<noscript><img [^>]*data-src="https:\/\/www\.facebook\.com\/tr\?id=1&ev=PageView&noscript=1" data-sekisho="meta-pixel"\/><\/noscript>/,
  )
})

test('LINE Tag: an origin joined to its path later still names the service', () => {
  const pasted = `<script>
(function(g,d,o){g._ltq=g._ltq||[];g._lt=g._lt||function(){g._ltq.push(arguments)};
var h=location.protocol==='https:'?'https://d.line-scdn.net':'http://d.line-cdn.net';
var s=d.createElement('script');s.async=1;s.src=o||h+'/n/line_tag/public/release/v1/lt.js';
var t=d.getElementsByTagName('script')[0];t.parentNode.insertBefore(s,t);})(window, document);
_lt('init', {customerType: 'lap', tagId: 'T'});_lt('send', 'pv', ['T']);
</script>`
  assert.match(html(pasted), /^<script type="text\/plain" data-sekisho="line-tag">/)
})

test('GA4: the config call right after gtag.js is held with it; a first-party script after is not', () => {
  const out = html(`<!-- Google tag (gtag.js) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-X1"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-X1');</script>
<h1>Shop</h1>
<script>startShop()</script>`)
  assert.match(out, /<script type="text\/plain" data-sekisho="google-analytics">window\.dataLayer/)
  assert.match(out, /<script>startShop\(\)<\/script>/)
})

test("Next.js's page data (JSON pushed to self.__next_f) naming a tracker URL is left alone, held script or not before it", () => {
  // As Next prints a page with a YouTube embed and a pasted Meta Pixel snippet: URLs inside JSON strings.
  const data = String.raw`<script>self.__next_f.push([1,"3:[\"$\",\"iframe\",null,{\"src\":\"https://www.youtube-nocookie.com/embed/x\"}]\n4:\"t.src=v;}(window,document,'script','https://connect.facebook.net/en_US/fbevents.js')\""])</script>`
  const page = `<script async src="https://www.googletagmanager.com/gtag/js?id=G-X1"></script>${data}`
  assert.ok(html(page).endsWith(data))
  // Code that only looks like it is still held: a call whose argument is not JSON.
  const code = `<script>self.__next_f.push([1,fetch('https://connect.facebook.net/en_US/fbevents.js')])</script>`
  assert.match(html(code), /^<script type="text\/plain" data-sekisho="meta-pixel">/)
})

test('GTM: the container loader (a URL in script text, JSON-escaped slashes too)', () => {
  assert.match(
    html(
      `<script>(function(w,d,s,l,i){j.src='https://www.googletagmanager.com/gtm.js?id='+i})(window,document,'script','dataLayer','GTM-X');</script>`,
    ),
    /data-sekisho="google-tag-manager"/,
  )
  assert.match(
    html(`<script>var u = "https:\\/\\/connect.facebook.net\\/en_US\\/fbevents.js"</script>`),
    /data-sekisho="meta-pixel"/,
  )
})

test('A8.net: banner, impression pixel and sales script; the affiliate link itself is left alone', () => {
  const out =
    html(`<a href="https://px.a8.net/svt/ejp?a8mat=1" rel="nofollow"><img border="0" width="300" alt="" src="https://www20.a8.net/svt/bgt?aid=1"></a>
<img border="0" width="1" height="1" src="https://www17.a8.net/0.gif?a8mat=1" alt="">
<script src="//statics.a8.net/a8sales/a8sales.js"></script><span id="a8sales"></span><script>a8sales({"pid":"s1"})</script>`)
  assert.match(out, /<a href="https:\/\/px\.a8\.net\/svt\/ejp\?a8mat=1" rel="nofollow">/)
  assert.equal(out.match(/data-sekisho="a8net"/g)?.length, 4)
  assert.match(out, /<script type="text\/plain" data-sekisho="a8net">a8sales/)
})

test('first-party and undeclared markup is left byte for byte', () => {
  const page = `<!doctype html><html><head><script src="/app.js"></script><script>init()</script>
<script type="application/ld+json">{"sameAs":["https://connect.facebook.net/x"]}</script>
<link rel="stylesheet" href="https://fonts.example.net/a.css"></head>
<body><img src="/logo.png" alt="&copy; Shop"><img src="https://cdn.undeclared.example/x.gif" alt="">
<iframe src="https://maps.example.com/embed"></iframe><p style="background:url(/bg.png)">日本語</p></body></html>`
  const result = run(page)
  assert.equal(result.html, page)
  assert.deepEqual(result.changes, [])
})

test('already marked-up HTML is left alone, and the transform is idempotent', () => {
  const marked = `<script type="text/plain" data-sekisho="analytics" async src="https://www.googletagmanager.com/gtag/js?id=G-X1"></script>
<iframe data-sekisho="youtube" data-src="https://www.youtube.com/embed/v"></iframe>`
  assert.equal(html(marked), marked)
  const once = html(
    `<img src="https://px.a8.net/0.gif"><script src="https://connect.facebook.net/en_US/fbevents.js"></script><script>fbq('init','1')</script>`,
  )
  assert.equal(html(once), once)
})

test('a repeated attribute cannot slip the URL past the transform', () => {
  const out = html('<img src="https://px.a8.net/a.gif" src="https://px.a8.net/b.gif" SRC="https://px.a8.net/c.gif">')
  assert.doesNotMatch(out, /\ssrc=/i)
})

test('malformed HTML: unquoted, unclosed, upper case, a tag split across stream chunks', () => {
  assert.match(
    html('<IMG SRC=https://px.a8.net/0.gif>'),
    /<IMG data-SRC=https:\/\/px\.a8\.net\/0\.gif data-sekisho="a8net">/,
  )
  assert.match(html('<p><img src="https://px.a8.net/0.gif"'), /^<p><img src="https:\/\/px\.a8\.net\/0\.gif"$/)
  assert.match(
    html('<script>fbq("https://connect.facebook.net/x.js")'),
    /^<script type="text\/plain" data-sekisho="meta-pixel">/,
  )
  // Streamed one character at a time: same output as whole.
  const input = `<div><img alt="x" src="https://px.a8.net/0.gif"><script>var u='https://connect.facebook.net/a.js'</script><noscript><img src="https://www.facebook.com/tr?id=1"></noscript>ok</div>`
  const markup = createMarkup({ services })
  let streamed = ''
  for (const ch of input) streamed += markup.write(ch)
  streamed += markup.end()
  assert.equal(streamed, html(input))
})

test('a <base href> moves where relative URLs point', () => {
  assert.match(html('<base href="https://px.a8.net/"><img src="0.gif">'), /data-src="0\.gif" data-sekisho="a8net"/)
})

test('tags inside text-only elements are not tags', () => {
  const page =
    '<textarea><img src="https://px.a8.net/0.gif"></textarea><title><img src="https://px.a8.net/0.gif"></title>'
  assert.equal(html(page), page)
})

test('each change names the line, the service and the exact fix', () => {
  const { changes } = run('<p>\n  <img src="https://px.a8.net/0.gif" alt="">')
  assert.deepEqual(changes, [
    {
      service: 'a8net',
      tag: 'img',
      line: 2,
      column: 3,
      before: '<img src="https://px.a8.net/0.gif" alt="">',
      after: '<img data-src="https://px.a8.net/0.gif" alt="" data-sekisho="a8net">',
    },
  ])
})

test('CSP mode marks the sekisho script tag so that it reloads after a decision', () => {
  assert.equal(
    html('<script src="/sekisho/sekisho.js"></script>', { csp: true }),
    '<script src="/sekisho/sekisho.js" data-sekisho-csp></script>',
  )
  assert.equal(html('<script src="/sekisho/sekisho.js"></script>'), '<script src="/sekisho/sekisho.js"></script>')
})

test("the consent head goes first in <head>, before a framework's own scripts (Next's async chunks)", () => {
  const config = '<script type="application/json" id="sekisho-config">{"purposes":[]}</script>'
  const gate = '<script src="/sekisho/sekisho.js"></script>'
  const next =
    '<link rel="preload" as="script" href="/_next/static/chunks/a.js"/><script src="/_next/static/chunks/a.js" async=""></script>'
  const page = (head: string) => `<!DOCTYPE html><html lang="ja"><head>${head}</head><body><p>x</p></body></html>`
  assert.equal(
    html(page(`<meta charSet="utf-8"/>${next}<title>t</title>${config}${gate}<meta name="x"/>`)),
    page(`<meta charSet="utf-8"/>${config}${gate}${next}<title>t</title><meta name="x"/>`),
  )
  // The script alone (a config baked in by `sekisho bundle`), and the CSP mark on the way.
  assert.equal(
    html(page(`${next}<script src="/sekisho/sekisho-baked.js" integrity="sha384-x"></script>`), { csp: true }),
    page(`<script src="/sekisho/sekisho-baked.js" integrity="sha384-x" data-sekisho-csp></script>${next}`),
  )
  // Already first, or not in the head at all: byte for byte.
  for (const first of [
    page(`\n  <meta charset="utf-8">\n  ${config}\n  ${gate}\n  ${next}`),
    page(`${next}${config}`) + gate,
    `<html><head>${next}</head><body>${gate}</body></html>`,
  ])
    assert.equal(html(first), first)
  // Streamed one character at a time: the same.
  const input = page(`${next}${config}${gate}<img src="https://px.a8.net/0.gif">`)
  const markup = createMarkup({ services })
  let streamed = ''
  for (const ch of input) streamed += markup.write(ch)
  assert.equal(streamed + markup.end(), html(input))
  assert.ok(html(input).indexOf(gate) < html(input).indexOf('/_next/'))
})

test('the head is held back for the consent head up to 256 KB; a longer one is sent as it came', () => {
  const config = '<script type="application/json" id="sekisho-config">{"purposes":[]}</script>'
  const gate = '<script src="/sekisho/sekisho.js"></script>'
  const chunk = '<script src="/_next/static/chunks/a.js" async=""></script>'
  /** A head of `size` characters before the next tag, streamed in two writes: the held part counts
   * only once it has been written (one whole write is parsed before any of it is held). */
  const stream = (size: number) => {
    const meta = '<meta name="pad" content="">'
    const head = chunk + meta.replace('""', `"${'a'.repeat(size - chunk.length - meta.length)}"`)
    assert.equal(head.length, size)
    const input = [`<!DOCTYPE html><html><head>${head}`, `<title>t</title>${config}${gate}</head><body></body></html>`]
    const markup = createMarkup({ services })
    return { input: input.join(''), output: input.map((c) => markup.write(c)).join('') + markup.end() }
  }
  const held = stream(256 * 1024)
  assert.ok(held.output.indexOf(gate) < held.output.indexOf(chunk), 'at 256 KB the gate still goes first')
  const over = stream(256 * 1024 + 1)
  assert.equal(over.output, over.input)
})
