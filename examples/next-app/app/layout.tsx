// The root layout. The consent head is the layout's first script in <head> and a classic,
// parser-blocking one, so the gate is in place before any tag of the page can run; server.mjs's
// middleware moves it before the async chunks React prints first in <head> (Next's <Script
// strategy="beforeInteractive"> would not do: its scripts are injected by Next's runtime, later).
// The consent cookie is read here, on the server, so the first HTML already shows what the visitor
// granted and the banner is never sent to a returning visitor. In CSP mode (proxy.ts) the head
// carries the page's nonce (if the policy has one), which it gives the scripts it loads and releases, and
// `data-sekisho-csp`: a decision that grants more reloads the page, for a policy that lets it in.
import { headers } from 'next/headers'
import type { ReactNode } from 'react'
import { SekishoProvider } from '@sekisho/react'
import { config, csp, sekisho } from './sekisho'

export const metadata = { title: 'オンラインストア | 株式会社サンプル商事' }

// The config as the head reads it; `<` escaped so no text in it can close the script element.
const configJson = JSON.stringify(config).replace(/</g, '\\u003c')

export default async function RootLayout({ children }: { children: ReactNode }) {
  const request = await headers()
  const granted = sekisho.granted({ cookie: request.get('cookie'), gpc: request.get('sec-gpc') == '1' })
  return (
    <html lang="ja">
      <head>
        <script type="application/json" id="sekisho-config" dangerouslySetInnerHTML={{ __html: configJson }} />
        <script
          src="/sekisho/sekisho.js"
          nonce={request.get('x-nonce') ?? undefined}
          data-sekisho-csp={csp ? '' : undefined}
        />
      </head>
      <body>
        <SekishoProvider config={config} granted={granted}>
          {children}
        </SekishoProvider>
      </body>
    </html>
  )
}
