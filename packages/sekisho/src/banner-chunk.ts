// The lazy banner chunk: loaded by head.ts only when a decision is needed.
import { mountBanner } from '@sekisho/banner'

function start() {
  const banner = mountBanner({
    title: 'Cookieの利用について',
    text: '当サイトはアクセス解析と広告のために外部サービスへ情報を送信します。',
    acceptAll: 'すべて同意',
    rejectAll: 'すべて拒否',
    settings: '設定',
    onChoice(choice) {
      if (choice === 'settings') return
      window.sekisho.decide(choice)
      banner.unmount()
    },
  })
}

if (document.body) start()
else document.addEventListener('DOMContentLoaded', start)
