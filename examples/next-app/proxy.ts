// Next's proxy (Next 16's middleware): in CSP mode (SEKISHO_CSP when the server starts) every page
// gets a Content-Security-Policy built from the config and the visitor's consent cookie, so the
// browser itself refuses the trackers not granted, in realms no page script reaches (a data: frame,
// a worker's importScripts, CSS url()). With SEKISHO_CSP=nonce the policy allows no inline script
// but by a fresh nonce per page, which Next puts on its own scripts and the root layout on the
// sekisho head.
import { sekishoProxy } from '@sekisho/server/next'
import { csp, sekisho } from './app/sekisho'

export const proxy = sekishoProxy(sekisho, { nonce: csp == 'nonce' })

export const config = {
  // Pages and the files of public/ (a worker script takes the policy of its own response); not
  // Next's hashed chunks, nor prefetches, which render no page of their own.
  matcher: [
    {
      source: '/((?!_next/static|_next/image|favicon.ico).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
}
