// A page whose Meta Pixel requests come from where no page script can hold them: a CSS url() in a
// <style> element, a data: frame's own <img> (an opaque origin), a blob: worker's importScripts and
// fetch, and a dynamic import(). Only CSP mode (proxy.ts) holds them: the browser refuses them until
// the visitor accepts (import() with SEKISHO_CSP=1 only: a nonce lets in what Next's chunks import).
import { Realms } from './realms'

const CSS = '.campaign { min-height: 1px; background: url(https://www.facebook.com/tr/?id=from-css) }'

export default function RealmsPage() {
  return (
    <main>
      <style>{CSS}</style>
      <h1 className="campaign">キャンペーン</h1>
      <Realms />
    </main>
  )
}
