// Streams stored receipts as CSV, JSON Lines, Kantara v1.1 JSON or the APPI confirmation record,
// in chunks of about 64 KB: memory stays flat however many rows match.
import type { Receipt } from '@sekisho/receipts/schema'
import type { ReceiptStore, StoredReceipt } from '../store/store.ts'
import { csvRow } from './csv.ts'
import { toKantara, type KantaraOptions } from './kantara.ts'
import type { ExportQuery } from './query.ts'

/** What the APPI confirmation record says about a recipient service. */
export interface RecipientInfo {
  /** The third party's name (e.g. `Google LLC`); default: the service id. */
  recipient?: string
  /** Items of personal-related information sent (e.g. `cookie id`, `page URL`). */
  data?: string[]
}

export interface ExportOptions extends KantaraOptions {
  /** Service id -> recipient and items, for `appi`. */
  services?: Readonly<Record<string, RecipientInfo>>
}

export const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
  kantara: 'application/json; charset=utf-8',
  appi: 'text/csv; charset=utf-8',
} as const

export const FILE_EXTENSIONS = { csv: 'csv', jsonl: 'jsonl', kantara: 'json', appi: 'csv' } as const

const CHUNK = 64 * 1024
const BOM = '\uFEFF'

const CSV_COLUMNS = [
  'id',
  'timestamp',
  'received_at',
  'site',
  'subject',
  'method',
  'jurisdiction',
  'policy_revision',
  'policy_url',
  'language',
  'gpc',
  'services_granted',
  'services_denied',
  'text_hash',
  'previous',
  'hash',
]

const APPI_COLUMNS = [
  '提供年月日 date (JST)',
  '時刻 timestamp',
  '第三者の名称 recipient',
  'サービス service',
  '個人関連情報の項目 items',
  '本人の同意 consent confirmed',
  '本人 subject',
  'サイト site',
  '同意記録 receipt id',
  'ポリシー版 policy revision',
]

const jstDate = (iso: string) => new Date(Date.parse(iso) + 9 * 3_600_000).toISOString().slice(0, 10)
const ids = (list: Receipt['services'], granted: boolean) =>
  list
    .filter((s) => s.granted === granted)
    .map((s) => s.id)
    .join(' ')

function csvLine(row: StoredReceipt, r: Receipt, purposes: string[]): string {
  const state = (id: string) => {
    for (const p of r.purposes) if (p.id === id) return p.granted ? 'granted' : 'denied'
    return ''
  }
  return csvRow([
    r.id,
    r.timestamp,
    row.receivedAt,
    r.site,
    r.subject,
    r.method,
    r.jurisdiction,
    r.policy.revision,
    r.policy.url ?? '',
    r.policy.language,
    String(r.signals.gpc),
    ids(r.services, true),
    ids(r.services, false),
    r.ui.textHash ?? '',
    r.previous ?? '',
    row.hash,
    ...purposes.map(state),
  ])
}

/** The APPI record lines of one receipt: one per recipient service that was granted. */
function appiLines(r: Receipt, services: Readonly<Record<string, RecipientInfo>>): string {
  if (r.method === 'withdraw') return ''
  return r.services
    .filter((s) => s.granted)
    .map((s) => {
      const info = services[s.id] ?? {}
      return csvRow([
        jstDate(r.timestamp),
        r.timestamp,
        info.recipient ?? s.id,
        s.id,
        (info.data ?? []).join(' / '),
        '同意取得済 consent obtained',
        r.subject,
        r.site,
        r.id,
        r.policy.revision,
      ])
    })
    .join('')
}

/** The export as text chunks, in arrival order. */
export async function* exportReceipts(
  store: ReceiptStore,
  query: ExportQuery,
  options: ExportOptions = {},
): AsyncGenerator<string> {
  const { format } = query
  let buffer = ''
  const purposes = format === 'csv' ? await store.purposeIds() : []
  if (format === 'csv' || format === 'appi') {
    if (query.bom) buffer += BOM
    buffer += csvRow(format === 'csv' ? [...CSV_COLUMNS, ...purposes.map((p) => `purpose:${p}`)] : APPI_COLUMNS)
  }
  if (format === 'kantara') buffer += '['
  let first = true
  for await (const row of store.rows(query.filter)) {
    if (format === 'jsonl')
      buffer += `{"receivedAt":${JSON.stringify(row.receivedAt)},"prevHash":"${row.prevHash}","hash":"${row.hash}","recipe":${row.recipe},"receipt":${row.body}}\n`
    else {
      const receipt = JSON.parse(row.body) as Receipt
      if (format === 'csv') buffer += csvLine(row, receipt, purposes)
      else if (format === 'appi') buffer += appiLines(receipt, options.services ?? {})
      else buffer += `${first ? '\n' : ',\n'}${JSON.stringify(toKantara(receipt, options))}`
    }
    first = false
    if (buffer.length >= CHUNK) {
      yield buffer
      buffer = ''
    }
  }
  if (format === 'kantara') buffer += first ? ']\n' : '\n]\n'
  if (buffer) yield buffer
}
