// Turns the raw runs into medians, one markdown table of ratios against the best peer, the target
// checks, and the README's Performance section.
import { readFile, writeFile } from 'node:fs/promises'
import { median } from './measure.mjs'
import { PEERS } from './managers.mjs'

const count = (leak) => (leak ? leak.requests + leak.cookies : undefined)
const worst = (values) => {
  const v = values.filter((x) => x !== undefined)
  return v.length ? Math.max(...v) : undefined
}

/** Medians per manager (leaks: the worst run, since one leak is one too many). */
export function summarize(raw, managers) {
  const summary = {}
  for (const m of managers) {
    const all = raw[m.id]
    const runs = all.filter((r) => !r.error)
    const pick = (f) => median(runs.map(f))
    const leak = (key) => {
      const runsWith = runs.filter((r) => r[key])
      if (!runsWith.length) return undefined
      const last = runsWith[runsWith.length - 1][key]
      return {
        requests: worst(runsWith.map((r) => r[key].requests.length)),
        cookies: worst(runsWith.map((r) => r[key].cookies.length)),
        hosts: [...new Set(last.requests.map((u) => new URL(u).hostname))],
        cookieNames: last.cookies,
        thirdPartyCookies: last.thirdPartyCookies,
      }
    }
    summary[m.id] = {
      errors: [...new Set(all.filter((r) => r.error).map((r) => r.error))],
      firstVisit: {
        raw: pick((r) => r.firstVisit.raw),
        gzip: pick((r) => r.firstVisit.gzip),
        brotli: pick((r) => r.firstVisit.brotli),
        files: runs[0]?.firstVisit.files,
      },
      returningVisit: {
        raw: pick((r) => r.returningVisit?.raw),
        gzip: pick((r) => r.returningVisit?.gzip),
        brotli: pick((r) => r.returningVisit?.brotli),
      },
      scriptBeforePaintMs: pick((r) => r.scripts.beforePaintMs),
      scriptUntilBannerMs: pick((r) => r.scripts.untilBannerMs),
      scriptTotalMs: pick((r) => r.scripts.totalMs),
      firstPaintMs: pick((r) => r.scripts.firstPaintMs),
      bannerMs: pick((r) => r.bannerMs),
      bannerRenderedMs: pick((r) => r.bannerRenderedMs),
      bannerShownRuns: runs.filter((r) => r.bannerShown).length,
      bannerOffscreenRuns: runs.filter((r) => r.bannerOffscreen).length,
      cls: pick((r) => r.cls),
      clsMax: worst(runs.map((r) => r.cls)),
      acceptToReleaseMs: pick((r) => r.acceptToReleaseMs),
      releasedAfterAccept: pick((r) => r.releasedAfterAccept),
      leaksBefore: leak('leaksBefore'),
      leaksAfterReject: leak('leaksAfterReject'),
      leaksAfterWithdraw: leak('leaksAfterWithdraw'),
      withdrawUnsupported: runs.find((r) => r.withdrawUnsupported)?.withdrawUnsupported,
      insertMs: pick((r) => r.insertMs),
      inpAcceptMs: pick((r) => r.inpAcceptMs),
      inpRejectMs: pick((r) => r.inpRejectMs),
      inpSettingsMs: pick((r) => r.inpSettingsMs),
    }
  }
  const base = summary.none?.insertMs
  for (const s of Object.values(summary)) s.insertRatio = base && s.insertMs ? s.insertMs / base : undefined
  return summary
}

const kb = (b) => (b === undefined ? '–' : `${(b / 1024).toFixed(1)} KB`)
const ms = (x) => (x === undefined ? '–' : `${x < 10 ? x.toFixed(1) : x.toFixed(0)} ms`)
/** Event Timing reports no interaction under 16 ms: 0 means "below that". */
const inp = (x) => (x === undefined ? '–' : x === 0 ? '<16 ms' : ms(x))
const num = (x) => (x === undefined ? '–' : x.toFixed(3))

/** The rows: label, the value of a summary, its format, whether a ratio against the best peer makes sense. */
const ROWS = [
  ['First visit, gzip', (s) => s.firstVisit.gzip, kb, true],
  ['First visit, brotli', (s) => s.firstVisit.brotli, kb, true],
  ['First visit, raw', (s) => s.firstVisit.raw, kb, true],
  ['Returning visit, gzip', (s) => s.returningVisit.gzip, kb, true],
  ['Main-thread script CPU before first paint (4× throttle)', (s) => s.scriptBeforePaintMs, ms, true],
  ['Main-thread script CPU until banner visible (4× throttle)', (s) => s.scriptUntilBannerMs, ms, true],
  ['Banner visible after', (s) => s.bannerMs, ms, true],
  ['CLS (layout shift)', (s) => s.cls, num, false],
  ['INP of accept all (4× CPU throttle)', (s) => s.inpAcceptMs, inp, false],
  ['INP of reject all (4× CPU throttle)', (s) => s.inpRejectMs, inp, false],
  ['INP of opening the settings (4× CPU throttle)', (s) => s.inpSettingsMs, inp, false],
  ['Accept all → first released request', (s) => s.acceptToReleaseMs, ms, true],
  ['Tracker requests released by accept all', (s) => s.releasedAfterAccept, (x) => String(x), false],
  ['10,000 inserts (ratio to no manager)', (s) => s.insertMs, ms, false],
]
const LEAK_ROWS = [
  ['Leaks before consent', 'leaksBefore'],
  ['Leaks after reject all', 'leaksAfterReject'],
  ['Leaks after withdrawal', 'leaksAfterWithdraw'],
]

/** One markdown table: each cell the median and, for Sekisho and the peers, its ratio to the best peer. */
export function markdownTable(result) {
  const { summary, managers } = result
  const ids = managers.map((m) => m.id)
  const head = `| median of ${result.runs} runs | ${managers.map((m) => (m.id === 'none' ? 'no manager' : `${m.name} ${m.version}`)).join(' | ')} |`
  const lines = [head, `|---|${ids.map(() => '---:').join('|')}|`]
  for (const [label, get, fmt, ratio] of ROWS) {
    const best = Math.min(
      ...PEERS.filter((p) => summary[p])
        .map((p) => get(summary[p]))
        .filter((v) => v !== undefined && v > 0),
    )
    const cells = ids.map((id) => {
      const v = get(summary[id])
      if (v === undefined) {
        const s = summary[id]
        return s.bannerOffscreenRuns && label.startsWith('Banner')
          ? `below the fold (rendered at ${ms(s.bannerRenderedMs)})`
          : '–'
      }
      if (label.startsWith('10,000')) return `${fmt(v)} (${summary[id].insertRatio?.toFixed(2) ?? '–'}×)`
      if (!ratio || id === 'none' || !Number.isFinite(best)) return fmt(v)
      return `${fmt(v)} (${(v / best).toFixed(2)}×)`
    })
    lines.push(`| ${label} | ${cells.join(' | ')} |`)
  }
  for (const [label, key] of LEAK_ROWS) {
    const cells = ids.map((id) => {
      const s = summary[id]
      const l = s[key]
      if (!l) return key === 'leaksAfterWithdraw' && s.withdrawUnsupported ? 'no withdraw API' : '–'
      return `${l.requests} req, ${l.cookies} cookie${l.cookies === 1 ? '' : 's'}`
    })
    lines.push(`| ${label} | ${cells.join(' | ')} |`)
  }
  const failed = managers
    .filter((m) => summary[m.id].errors.length)
    .map((m) => `- ${m.id} failed in some runs: ${summary[m.id].errors.join('; ')}`)
  return [lines.join('\n'), [...targetLines(result), ...failed].join('\n')].join('\n\n')
}

/** The issue's targets, checked against this run. */
export function targetLines({ summary }) {
  const s = summary.sekisho
  if (!s) return []
  const peers = PEERS.map((p) => summary[p]).filter(Boolean)
  const out = []
  const line = (ok, text) => out.push(`- ${ok === undefined ? 'n/a' : ok ? 'met' : 'MISSED'}: ${text}`)
  const smallest = Math.min(...peers.map((p) => p.firstVisit.gzip).filter((x) => x !== undefined))
  line(
    // Without a peer in the run (--only) there is nothing to compare with.
    s.firstVisit.gzip === undefined || smallest === Infinity ? undefined : s.firstVisit.gzip <= 0.8 * smallest,
    `first-visit bytes ≤ 80% of the smallest peer's (gzip ${kb(s.firstVisit.gzip)} = ${((100 * s.firstVisit.gzip) / smallest).toFixed(0)}% of ${kb(smallest)})`,
  )
  line(
    s.returningVisit.gzip === undefined ? undefined : s.returningVisit.gzip <= 5.5 * 1024,
    `returning-visitor bytes ≤ 5.5 KB gzip (${kb(s.returningVisit.gzip)})`,
  )
  const cc = summary.cookieconsent?.scriptUntilBannerMs
  line(
    s.scriptUntilBannerMs === undefined || !cc ? undefined : s.scriptUntilBannerMs <= 1.1 * cc,
    `script CPU until the banner is visible ≤ 1.1× vanilla-cookieconsent's (${ms(s.scriptUntilBannerMs)} = ${cc ? (s.scriptUntilBannerMs / cc).toFixed(2) : '–'}×)`,
  )
  for (const [what, key] of [
    ['accept all', 'inpAcceptMs'],
    ['reject all', 'inpRejectMs'],
    ['opening the settings', 'inpSettingsMs'],
  ])
    line(s[key] === undefined ? undefined : s[key] <= 50, `INP of ${what} ≤ 50 ms (${inp(s[key])})`)
  for (const [label, key] of LEAK_ROWS) {
    const peerLeaks = peers.some((p) => count(p[key]) > 0)
    if (!peerLeaks) continue
    const mine = count(s[key])
    line(
      mine === undefined ? undefined : mine === 0,
      `zero ${label.toLowerCase()} where a peer leaks (Sekisho: ${mine === undefined ? (s.withdrawUnsupported ?? 'not measured') : `${s[key].requests} requests, ${s[key].cookies} cookie${s[key].cookies === 1 ? '' : 's'}${mine ? ` to ${s[key].hosts.join(', ')}` : ''}`})`,
    )
  }
  line(s.clsMax === undefined ? undefined : s.clsMax === 0, `CLS 0 (worst run ${num(s.clsMax)})`)
  line(
    s.acceptToReleaseMs === undefined ? undefined : s.acceptToReleaseMs < 50,
    `accept-to-release < 50 ms (${s.acceptToReleaseMs === undefined ? 'nothing released after the click' : ms(s.acceptToReleaseMs)})`,
  )
  return out
}

/** Replaces the README's "## Performance" section (adds it after "## Size" when absent). */
export async function writeReadme(path, table, result) {
  const readme = await readFile(path, 'utf8')
  const { machine } = result
  // The peers as run (an `--only` run names only those it measured).
  const peers = result.managers.filter((m) => m.id !== 'sekisho' && m.id !== 'none').map((m) => m.name)
  const peerList = peers.length > 1 ? `${peers.slice(0, -1).join(', ')} and ${peers.at(-1)}` : (peers[0] ?? 'no peer')
  const section = `## Performance

Measured ${result.date.slice(0, 10)} with \`npm run bench\` (${result.runs} runs, medians; ${machine.cores} × ${machine.cpu},
load average ${machine.loadAverage?.[0]} at the start, ${machine.chromium}): Sekisho as built at the commit shown,
against ${peerList}, each set up as its documentation says, and a page
with no consent manager, all carrying the same trackers (GA4 gtag, Meta Pixel, an affiliate image pixel,
a tag the site's own script injects after load). Bytes are what the page fetches for the manager
(JS + CSS + language + config), compressed file by file. Ratios are against the best peer; the inserts
row is the ratio to the page without a manager, and its INP rows are the floor (a click on a button
that does nothing). Each manager runs in a browser of its own. Script time and the banner's timing
come from a first visit in a browser driven through a bare DevTools pipe, as a visitor's runs it:
under Playwright every \`document.cookie\` read re-parses each function on the stack. Leaks are tracker requests and
first-party tracker cookies. Timings on a loaded machine are noisy; bytes and leaks are not. How each
figure is taken:
[\`bench/README.md\`](bench/README.md); raw figures, per-file sizes and the machine: [\`bench/results/\`](bench/results/).

${table}
`
  const start = readme.indexOf('\n## Performance\n')
  let next
  if (start >= 0) {
    next = readme.indexOf('\n## ', start + 1)
    return writeFile(path, readme.slice(0, start + 1) + section + (next >= 0 ? readme.slice(next) : ''))
  }
  const size = readme.indexOf('\n## Size\n')
  next = readme.indexOf('\n## ', size >= 0 ? size + 1 : 0)
  if (next < 0) return writeFile(path, readme.trimEnd() + '\n\n' + section)
  return writeFile(path, readme.slice(0, next + 1) + section + readme.slice(next))
}
