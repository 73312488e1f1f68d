// Every word the console shows, in Japanese and English: two tables with the same keys. Purpose
// names are core's, the ones visitors saw in the banner.
import { type DecisionMethod, PURPOSE_LABELS } from '@sekisho/core'

const purposeNames = (lang: 'ja' | 'en') =>
  Object.fromEntries(Object.entries(PURPOSE_LABELS).map(([id, label]) => [id, label[lang]])) as Record<string, string>

const en = {
  title: 'Sekisho consent records',
  language: 'Language',
  loginHeading: 'Sign in',
  loginIntro:
    'Enter the export token configured on this collector. It is kept in this tab only and forgotten when the tab closes.',
  token: 'Export token',
  signIn: 'Sign in',
  signOut: 'Sign out',
  tokenRejected: 'The collector did not accept this token (HTTP {status}). Check the export token and try again.',
  sessionEnded: 'The collector no longer accepts the token (HTTP {status}). Please sign in again.',
  networkError: 'The collector could not be reached: {message}',
  serverError: 'The collector answered with an error (HTTP {status}).',
  loading: 'Loading…',
  filters: 'Filters',
  site: 'Site (origin)',
  from: 'From',
  to: 'To',
  purpose: 'Purpose',
  method: 'Method',
  subject: 'Subject id',
  any: 'Any',
  apply: 'Apply',
  reset: 'Reset',
  filterNote:
    'Counts follow the site and period; purpose and method narrow the tables below; all filters apply to exports.',
  total: 'Decisions',
  chartTitle: 'Decisions by day and method',
  chartSummary: '{total} decisions over {days} days, from {first} to {last}.',
  dataTable: 'Show the chart as a table',
  day: 'Day',
  noData: 'No decisions match these filters.',
  byMethod: 'Decisions by method',
  count: 'Count',
  share: 'Share',
  purposes: 'Acceptance rate by purpose',
  granted: 'Granted',
  rate: 'Acceptance rate',
  revisions: 'Policy revisions seen',
  revision: 'Revision',
  firstSeen: 'First seen',
  lastSeen: 'Last seen',
  chain: 'Tamper check (hash chain)',
  chainOk: 'Intact: all {checked} records verified.',
  chainBroken: 'Broken: {checked} records checked; the first break is at {at}.',
  exports: 'Export',
  exportIntro: 'Downloads use the filters above.',
  csv: 'CSV',
  excelBom: 'Excel (BOM) — for opening in Excel',
  jsonl: 'JSON Lines',
  kantara: 'Kantara JSON',
  appi: 'APPI confirmation records',
  downloading: 'Preparing {name}…',
  downloaded: 'Downloaded {name}.',
  exportFailed: 'The export failed (HTTP {status}).',
  lookupHeading: 'Look up a receipt',
  receiptId: 'Receipt id',
  lookUp: 'Look up',
  receiptNotFound: 'The collector has no receipt with this id.',
  chainPosition: 'Place in the hash chain',
  chainAt: 'record #{seq}, received {at}; its hash:',
  erased: 'Erased on request',
  decidedAt: 'Decided',
  nothingGranted: 'nothing beyond the necessary',
  listSeparator: ', ',
  wording: 'Wording shown',
  noWording: 'none (the receipt says why: {why})',
  wordingNotKept: 'not kept by the collector (SHA-256 {hash})',
  historyOf: 'Every decision of this browser ({count})',
  // Operators' words for the methods (the banner's history speaks to visitors); one per DECISION_METHODS.
  methods: {
    'accept-all': 'Accept all',
    'reject-all': 'Reject all',
    custom: 'Custom choice',
    withdraw: 'Withdrawal',
    gpc: 'GPC signal',
    api: 'API',
  } satisfies Record<DecisionMethod, string> as Record<string, string>,
  purposeNames: purposeNames('en'),
}

export type ConsoleText = typeof en

// Typed as ConsoleText: a key missing here is a compile error.
const ja: ConsoleText = {
  title: '関所 同意記録',
  language: '言語',
  loginHeading: 'ログイン',
  loginIntro:
    'このコレクターに設定したエクスポート用トークンを入力してください。このタブの中だけに保持され、タブを閉じると消去されます。',
  token: 'エクスポート用トークン',
  signIn: 'ログイン',
  signOut: 'ログアウト',
  tokenRejected:
    'コレクターがこのトークンを受け付けませんでした（HTTP {status}）。トークンを確認して、もう一度お試しください。',
  sessionEnded: 'トークンが受け付けられなくなりました（HTTP {status}）。もう一度ログインしてください。',
  networkError: 'コレクターに接続できませんでした：{message}',
  serverError: 'コレクターがエラーを返しました（HTTP {status}）。',
  loading: '読み込み中…',
  filters: '絞り込み',
  site: 'サイト（オリジン）',
  from: '開始日',
  to: '終了日',
  purpose: '利用目的',
  method: '方法',
  subject: 'サブジェクトID',
  any: 'すべて',
  apply: '適用',
  reset: 'リセット',
  filterNote:
    '件数はサイトと期間で集計します。利用目的と方法は下の表を絞り込みます。エクスポートにはすべての条件が適用されます。',
  total: '同意件数',
  chartTitle: '日別・方法別の同意件数',
  chartSummary: '{first}から{last}までの{days}日間で{total}件。',
  dataTable: 'グラフを表で表示',
  day: '日付',
  noData: '条件に一致する同意記録はありません。',
  byMethod: '方法別の件数',
  count: '件数',
  share: '割合',
  purposes: '利用目的別の同意率',
  granted: '同意',
  rate: '同意率',
  revisions: '確認されたポリシー改定',
  revision: '改定',
  firstSeen: '初回',
  lastSeen: '最終',
  chain: '改ざん検知（ハッシュチェーン）',
  chainOk: '正常：{checked}件すべて検証済みです。',
  chainBroken: '破損：{checked}件を検証し、最初の不整合は {at} です。',
  exports: 'エクスポート',
  exportIntro: 'ダウンロードには上の絞り込み条件が適用されます。',
  csv: 'CSV',
  excelBom: 'Excel（BOM付き）— Excelで開く場合',
  jsonl: 'JSON Lines',
  kantara: 'Kantara JSON',
  appi: '個人情報保護法の確認記録',
  downloading: '{name} を準備しています…',
  downloaded: '{name} をダウンロードしました。',
  exportFailed: 'エクスポートに失敗しました（HTTP {status}）。',
  lookupHeading: '受付番号で同意記録を確認',
  receiptId: '受付番号',
  lookUp: '確認',
  receiptNotFound: 'この受付番号の同意記録はありません。',
  chainPosition: 'ハッシュチェーン上の位置',
  chainAt: '{seq}番目の記録（{at} 受信）。ハッシュ値：',
  erased: '削除請求により消去',
  decidedAt: '日時',
  nothingGranted: '必須のもののみ',
  listSeparator: '、',
  wording: '表示された文言',
  noWording: 'なし（理由：{why}）',
  wordingNotKept: 'コレクターに保管されていません（SHA-256 {hash}）',
  historyOf: 'このブラウザの同意履歴（{count}件）',
  methods: {
    'accept-all': 'すべて同意',
    'reject-all': 'すべて拒否',
    custom: '個別に選択',
    withdraw: '同意の撤回',
    gpc: 'GPCシグナル',
    api: 'API',
  },
  purposeNames: purposeNames('ja'),
}

export type ConsoleLanguage = 'ja' | 'en'

export const TEXT: Record<ConsoleLanguage, ConsoleText> = { ja, en }

/** Fills `{name}` placeholders; an unknown name stays visible rather than vanishing. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole))
}

/** A method or purpose id in words, or the id itself for ones the table does not know. */
export function nameOf(names: Record<string, string>, id: string): string {
  return names[id] ?? id
}
