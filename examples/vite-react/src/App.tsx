// The store's page: a YouTube embed that exists only once consented, and a footer button that
// opens the cookie settings.
import { Gate, SekishoProvider, useSekisho } from '@sekisho/react'
import { config } from './config.ts'

function SettingsButton() {
  // Undefined on the server and while hydrating; the button works from the next render on.
  const sekisho = useSekisho()
  return (
    <button type="button" onClick={() => sekisho?.showSettings()}>
      Cookie設定
    </button>
  )
}

export function App() {
  return (
    <SekishoProvider config={config}>
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
    </SekishoProvider>
  )
}
