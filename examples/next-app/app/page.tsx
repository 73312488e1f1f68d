// The store's page: a YouTube embed and Google Analytics (next/script), each rendered only once
// its purpose or service is granted (<Gate>), and a footer button that opens the cookie settings.
import { headers } from 'next/headers'
import Script from 'next/script'
import { Gate } from '@sekisho/react'
import { SettingsButton } from './consent'

export default async function Home() {
  // In CSP mode (proxy.ts), the page's nonce: scripts run by it alone.
  const nonce = (await headers()).get('x-nonce') ?? undefined
  return (
    <>
      <header>サンプル商事 オンラインストア</header>
      <main>
        <h1>季節のおすすめ</h1>
        <p>台所用品・収納用品を全国へお届けします。</p>
        <h2>使い方動画</h2>
        <Gate service="youtube">
          <iframe
            title="使い方動画"
            width="560"
            height="315"
            src="https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ"
            allowFullScreen
          />
        </Gate>
      </main>
      <footer>
        © 株式会社サンプル商事 · <SettingsButton />
      </footer>
      {/* Google Analytics as Next's docs paste it, inside <Gate>: nothing of it is in the HTML nor
          loaded until analytics is granted (next/script would otherwise preload gtag.js from the
          HTML, before any script can hold it), and its config call runs after the consent update. */}
      <Gate purpose="analytics" fallback={null}>
        <Script
          src="https://www.googletagmanager.com/gtag/js?id=G-STORE0001"
          strategy="afterInteractive"
          nonce={nonce}
        />
        <Script id="ga4" strategy="afterInteractive" nonce={nonce}>
          {`window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}
gtag('js', new Date());
gtag('config', 'G-STORE0001');`}
        </Script>
      </Gate>
    </>
  )
}
