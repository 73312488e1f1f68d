// Streams stored receipts as CSV, JSON Lines, Kantara v1.1 JSON, ISO/IEC TS 27560 JSON or the APPI
// confirmation record, in chunks of about 64 KB: memory stays flat however many rows match.
import type { Receipt } from '@sekisho/receipts/schema'
import { RECEIPT_WARNINGS, type ReceiptStore, type StoredReceipt, warningOf } from '../store/store.ts'
import { csvCell, csvRow } from './csv.ts'
import { toKantara, type KantaraOptions } from './kantara.ts'
import { toIso27560 } from './iso27560.ts'
import { EXPORT_EXTENSIONS } from '@sekisho/core'
import type { ExportQuery } from './query.ts'
import { declarationResolver } from './declarations.ts'
import { consentedServices, DEFAULT_TIME_ZONE, NOT_DECLARED, type SiteDeclaration, zoned, zonedText } from './site.ts'

/** What the APPI confirmation record says about a recipient service. */
export interface RecipientInfo {
  /** The third party's name (e.g. `Google LLC`); default: the service id. */
  recipient?: string
  /** Items of personal-related information sent (e.g. `cookie id`, `page URL`). */
  data?: string[]
}

export interface ExportOptions extends KantaraOptions {
  /** Service id -> recipient and items, for `appi` (the older `--services` file; overrides `site`). */
  services?: Readonly<Record<string, RecipientInfo>>
  /** IANA zone of the dates and times in the CSV and APPI exports (named in their column headings);
   * default `Asia/Tokyo`. JSON formats stay in UTC. */
  timeZone?: string
}

export const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
  kantara: 'application/json; charset=utf-8',
  iso27560: 'application/json; charset=utf-8',
  appi: 'text/csv; charset=utf-8',
} as const

/** Core's list, so the console's downloads and the collector's agree. */
export const FILE_EXTENSIONS = EXPORT_EXTENSIONS

const CHUNK = 64 * 1024
/** The longest an export holds the event loop between turns. */
const SLICE_MS = 1
const BOM = '\uFEFF'

/** The CSV columns; the two times are in `zone`, which their names say (JSON formats stay in UTC). */
const csvColumns = (zone: string) => [
  'id',
  `timestamp (${zone})`,
  `received_at (${zone})`,
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
  'warning',
]

const appiColumns = (zone: string) => [
  `提供年月日 date of provision (${zone})`,
  `時刻 time (${zone})`,
  '第三者の名称 recipient name',
  '第三者の住所 recipient address',
  '代表者の氏名 representative',
  'サービス service',
  '個人関連情報の項目 items of information',
  '本人 subject',
  '本人の同意 consent',
  '外国にある第三者 foreign recipient (法第28条 Art. 28 information)',
  'サイト site',
  '同意記録 receipt id',
  'ポリシー版 policy revision',
]

/** `2026-11-01T00:00:00.000Z` → `2026-11-01 09:00:00` in Asia/Tokyo: what spreadsheets read as a time. */
const csvTime = zonedText

/** The warning cell per code, quoted once (every row of a file made before `noText` carries one). */
const WARNING_CELLS = Object.fromEntries(
  Object.entries(RECEIPT_WARNINGS).map(([code, message]) => [code, csvCell(`${code}: ${message}`)]),
) as Record<keyof typeof RECEIPT_WARNINGS, string>

/** One receipt's CSV row, written out cell by cell: per-row arrays, closures and joins were a tenth of
 * a large export's time. Each cell goes through `csvCell` as in `csvRow` (the purpose states are constants). */
function csvLine(row: StoredReceipt, r: Receipt, purposes: string[], zone: string): string {
  // Space-separated ids, as `filter(granted === …).map(id).join(' ')` writes them.
  let granted: string | undefined
  let denied: string | undefined
  for (const s of r.services) {
    if (s.granted === true) granted = granted === undefined ? `${s.id ?? ''}` : `${granted} ${s.id ?? ''}`
    else if (s.granted === false) denied = denied === undefined ? `${s.id ?? ''}` : `${denied} ${s.id ?? ''}`
  }
  let line = `${csvCell(r.id)},${csvCell(csvTime(r.timestamp, zone))},${csvCell(csvTime(row.receivedAt, zone))},${csvCell(r.site)},${csvCell(r.subject)},${csvCell(r.method)},${csvCell(r.jurisdiction)},${csvCell(r.policy.revision)},${csvCell(r.policy.url ?? '')},${csvCell(r.policy.language)},${csvCell(String(r.signals.gpc))},${csvCell(granted ?? '')},${csvCell(denied ?? '')},${csvCell(r.ui.textHash ?? '')},${csvCell(r.previous ?? '')},${csvCell(row.hash)},${row.warning ? WARNING_CELLS[row.warning] : ''}`
  for (const id of purposes) {
    let state = ''
    for (const p of r.purposes)
      if (p.id === id) {
        state = p.granted ? 'granted' : 'denied'
        break
      }
    line += `,${state}`
  }
  return `${line}\r\n`
}

/** Art. 28: a recipient outside Japan was named with its country in the notice the visitor consented under. */
function foreign(country: string | undefined, revision: string): string {
  if (!country) return NOT_DECLARED
  if (country === 'JP') return '該当なし not applicable (JP)'
  return `${country}: 外国の制度・第三者の措置の情報提供済 country system and recipient measures provided (notice rev. ${revision})`
}

/**
 * The APPI confirmation record lines of one receipt (Enforcement Rules Art. 28(1)): one per
 * service provided with consent. A withdrawal or a refusal provides nothing, so yields no line.
 */
function appiLines(r: Receipt, site: SiteDeclaration, override: Readonly<Record<string, RecipientInfo>>, zone: string) {
  if (r.method === 'withdraw') return ''
  const [date, time] = zoned(r.timestamp, zone)
  return consentedServices(r, site)
    .map((id) => {
      const info = { ...site.services?.[id], ...override[id] }
      return csvRow([
        date,
        time,
        info.recipient || NOT_DECLARED,
        info.recipientAddress || NOT_DECLARED,
        info.recipientRepresentative || NOT_DECLARED,
        id,
        info.data?.length ? info.data.join(' / ') : NOT_DECLARED,
        r.subject,
        '同意取得確認済 consent confirmed',
        foreign(info.country, r.policy.revision),
        r.site,
        r.id,
        r.policy.revision,
      ])
    })
    .join('')
}

/** An erased receipt in each format: where it was in the chain and when it was erased, nothing of its content. */
function erasedLine(
  format: ExportQuery['format'],
  row: StoredReceipt,
  first: boolean,
  purposes: number,
  zone: string,
): string {
  const erased = `erased ${row.erased}: the receipt's content was erased on request; its hash keeps the chain`
  if (format === 'jsonl')
    return `${JSON.stringify({ receivedAt: row.receivedAt, prevHash: row.prevHash, hash: row.hash, recipe: row.recipe, id: row.id, site: row.site, erased: row.erased })}\n`
  if (format === 'csv')
    return csvRow([
      row.id,
      '',
      csvTime(row.receivedAt, zone),
      row.site,
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      row.hash,
      erased,
      ...Array(purposes).fill(''),
    ])
  if (format === 'kantara')
    return `${first ? '\n' : ',\n'}${JSON.stringify({ consentReceiptID: row.id, erased: row.erased, hash: row.hash })}`
  if (format === 'iso27560')
    return `${first ? '\n' : ',\n'}${JSON.stringify({ record_id: row.id, erased: row.erased, hash: row.hash })}`
  // APPI: nothing is left to say what was provided to whom.
  return ''
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
  const zone = options.timeZone ?? DEFAULT_TIME_ZONE
  // The APPI record is a Japanese spreadsheet: always with a BOM, or Excel shows mojibake.
  if (format === 'csv' || format === 'appi') {
    if (query.bom || format === 'appi') buffer += BOM
    buffer += csvRow(
      format === 'csv' ? [...csvColumns(zone), ...purposes.map((p) => `purpose:${p}`)] : appiColumns(zone),
    )
  }
  // The two JSON formats are one array of records.
  const array = format === 'kantara' || format === 'iso27560'
  if (array) buffer += '['
  let first = true
  // Whether each wording is kept, asked once per distinct hash (a few per policy revision).
  const kept = new Map<string, boolean>()
  const isKept = async (hash: string) => {
    if (!kept.has(hash)) kept.set(hash, (await store.knownTexts([hash])).has(hash))
    return kept.get(hash)!
  }
  // Each receipt is read against what its site declared for its policy revision (stored declarations),
  // else against `options.site` (what the site declares now).
  const declarationOf = declarationResolver(await store.declarations(), options.site)
  // Only JSON Lines carries the raw bytes; the other formats parse the body and derive the warning from it.
  const bodyOnly = format !== 'jsonl'
  let turn = performance.now()
  for await (const page of store.rowPages(query.filter, { bodyOnly })) {
    for (const row of page) {
      if (row.erased !== undefined) buffer += erasedLine(format, row, first, purposes.length, zone)
      else if (format === 'jsonl')
        // The warning (derived from the receipt by the store) is informative: import ignores it. `raw`
        // is the receipt's text as received (hashed by recipe 3): what an auditor re-hashes. `receipt`
        // stays last, so its bytes can be cut from the line as they are.
        buffer += `{"receivedAt":${JSON.stringify(row.receivedAt)},"prevHash":"${row.prevHash}","hash":"${row.hash}","recipe":${row.recipe}${row.warning ? `,"warning":"${row.warning}"` : ''}${row.raw === undefined ? '' : `,"raw":${JSON.stringify(row.raw)}`},"receipt":${row.body}}\n`
      else {
        const receipt = JSON.parse(row.body) as Receipt
        if (bodyOnly) {
          const warning = warningOf(receipt)
          if (warning) row.warning = warning
        }
        if (format === 'csv') buffer += csvLine(row, receipt, purposes, zone)
        else if (format === 'appi')
          buffer += appiLines(receipt, declarationOf(receipt) ?? {}, options.services ?? {}, zone)
        else {
          const hash = row.warning ? undefined : receipt.ui.textHash
          const record = (format === 'kantara' ? toKantara : toIso27560)(
            receipt,
            { ...options, site: declarationOf(receipt) },
            {
              ...(row.warning && { warning: { code: row.warning, message: RECEIPT_WARNINGS[row.warning] } }),
              ...(hash && { wording: { url: `/v1/texts/${hash}`, stored: await isKept(hash) } }),
            },
          )
          buffer += `${first ? '\n' : ',\n'}${JSON.stringify(record)}`
        }
      }
      first = false
      if (buffer.length >= CHUNK) {
        yield buffer
        buffer = ''
      }
      // Give the event loop (ingest) a turn every few ms: a read of a page and its formatting would
      // otherwise hold it for tens of ms, and a socket that drains at once never yields by itself.
      if (performance.now() - turn >= SLICE_MS) {
        await new Promise(setImmediate)
        turn = performance.now()
      }
    }
  }
  if (array) buffer += first ? ']\n' : '\n]\n'
  if (buffer) yield buffer
}
