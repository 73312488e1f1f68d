// The audit's outputs: JSON for machines, JUnit XML for CI, a self-contained HTML page for people,
// and the baseline that accepts known findings so CI fails only on new ones.
import type { AuditReport } from './audit.ts'
import { atOrAbove, type Finding, type Severity } from './findings.ts'

/** Marks findings whose key a previous report (`--baseline`) holds; returns how many it accepted. */
export function applyBaseline(report: AuditReport, baselineText: string, source = 'baseline'): number {
  let keys: Set<string>
  try {
    const old = JSON.parse(baselineText) as { findings?: Array<{ key?: unknown }> }
    if (!Array.isArray(old.findings)) throw new Error('findings: an array is required')
    keys = new Set(
      old.findings.map((f, i) => {
        if (typeof f?.key !== 'string') throw new Error(`findings[${i}].key: a string is required`)
        return f.key
      }),
    )
  } catch (error) {
    throw new Error(`${source}: not a sekisho audit JSON report: ${(error as Error).message}`)
  }
  let accepted = 0
  for (const finding of report.findings)
    if (keys.has(finding.key)) {
      finding.baseline = true
      accepted++
    }
  return accepted
}

/** The findings that fail the run: at or above the threshold and not in the baseline. */
export const failing = (report: AuditReport, threshold: Severity) =>
  report.findings.filter((f) => !f.baseline && atOrAbove(f, threshold))

const xml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]};`)

/** One test suite per page, one test case per phase; each failing finding is a <failure>, a phase that does not apply <skipped>. */
export function toJUnit(report: Omit<AuditReport, 'screenshots'>, threshold: Severity): string {
  const suites = report.pages.map((page) => {
    const cases = [...new Set(page.phases.map((p) => p.phase)), 'site' as const].map((phase) => {
      const found = report.findings.filter((f) => f.page === page.url && f.phase === phase)
      const failures = found
        .filter((f) => !f.baseline && atOrAbove(f, threshold))
        .map(
          (f) =>
            `      <failure type="${xml(f.rule)}" message="${xml(`${f.severity}: ${f.reason}`)}">${xml(
              [...f.evidence, ...(f.screenshot ? [`screenshot: ${f.screenshot}`] : []), `fix: ${f.fix}`].join('\n'),
            )}</failure>`,
        )
      // A phase that does not apply to the page's consent manager is skipped, with the reason.
      const notApplicable = page.phases.find((p) => p.phase === phase)?.notApplicable
      const skipped = notApplicable ? [`      <skipped message="${xml(`not applicable: ${notApplicable}`)}"/>`] : []
      return { phase, failures, body: [...failures, ...skipped].join('\n') }
    })
    const failures = cases.reduce((n, c) => n + c.failures.length, 0)
    const body = cases
      .map((c) =>
        c.body
          ? `    <testcase classname="${xml(page.url)}" name="${c.phase}">\n${c.body}\n    </testcase>`
          : `    <testcase classname="${xml(page.url)}" name="${c.phase}"/>`,
      )
      .join('\n')
    return `  <testsuite name="${xml(page.url)}" tests="${cases.length}" failures="${failures}">\n${body}\n  </testsuite>`
  })
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="sekisho audit">\n${suites.join('\n')}\n</testsuites>\n`
}

const html = xml

/** A single HTML file: summary, then per page the banner and settings dialog screenshots, a per-phase table and the findings. */
export function toHtml(report: AuditReport): string {
  const counts = (['error', 'warning', 'info'] as const)
    .map((s) => `${report.findings.filter((f) => f.severity === s && !f.baseline).length} ${s}`)
    .join(' · ')
  // A phase's picture beside its findings, once: its cell spans the rows of the findings that share it.
  const picture = (list: Finding[], i: number) => {
    const name = list[i]!.screenshot
    if (name && list[i - 1]?.screenshot === name) return ''
    let span = 1
    while (name && list[i + span]?.screenshot === name) span++
    const data = name && report.screenshots?.[name]
    return `<td${span > 1 ? ` rowspan="${span}"` : ''}>${data ? `<img class="evidence" alt="${html(`${name}: ${list[i]!.phase} of ${list[i]!.page}`)}" src="${data}">` : ''}</td>`
  }
  const findingRows = (list: Finding[]) =>
    list
      .map(
        (f, i) =>
          `<tr class="${f.severity}${f.baseline ? ' baseline' : ''}"><td>${f.severity}${f.baseline ? ' (baseline)' : ''}</td><td>${html(f.rule)}</td><td>${html(f.phase)}</td><td>${html(f.reason)}<ul>${f.evidence
            .map((e) => `<li><code>${html(e)}</code></li>`)
            .join('')}</ul></td><td>${html(f.fix)}</td>${picture(list, i)}</tr>`,
      )
      .join('')
  const findingHead =
    '<thead><tr><th>severity</th><th>rule</th><th>phase</th><th>reason and evidence</th><th>fix</th><th>screenshot</th></tr></thead>'

  const pages = report.pages
    .map((page) => {
      const first = page.phases.find((p) => p.phase === 'first')
      const rows = page.phases
        .map((p) => {
          const own = report.findings.filter(
            (f) =>
              f.page === page.url &&
              f.phase === p.phase &&
              (p.purpose === undefined || f.key.includes(`|${p.purpose}/`)),
          )
          const third = p.requests.filter((r) => new URL(r.url).host !== new URL(page.url).host).length
          return `<tr><td>${p.phase}${p.purpose === undefined ? '' : ` (${html(p.purpose)})`}</td><td>${p.requests.length} (${third} third-party)</td><td>${html(
            [
              ...p.cookies.map((c) => c.name),
              // Another origin's keys (a frame's) name it.
              ...(p.storage ?? []).map((k) =>
                k.origin && k.origin !== new URL(p.url).origin ? `${k.name} (${k.origin})` : k.name,
              ),
            ].join(', ') || '–',
          )}</td><td>${p.dataLayer.filter((d) => Array.isArray(d.entry) && d.entry[0] === 'consent').length}</td><td>${html(
            p.problem ?? (p.notApplicable ? `not applicable: ${p.notApplicable}` : ''),
          )}</td><td>${own.length}</td></tr>`
        })
        .join('')
      const own = report.findings.filter((f) => f.page === page.url)
      return `<section><h2><a href="${html(page.url)}">${html(page.url)}</a></h2>
<p>consent manager: <b>${html(page.cmp)}</b>${first?.inspection.accept ? ` · accept: “${html(first.inspection.accept)}”` : ''}${first?.inspection.reject ? ` · reject: “${html(first.inspection.reject)}”` : ''}${page.error ? ` · <b class="error">error: ${html(page.error)}</b>` : ''}</p>
${first?.screenshot ? `<img alt="first visit of ${html(page.url)}" src="${first.screenshot}">` : ''}
${first?.dialogScreenshot ? `<img alt="settings dialog of ${html(page.url)}" src="${first.dialogScreenshot}">` : ''}
<table><thead><tr><th>phase</th><th>requests</th><th>cookies and storage at end</th><th>consent commands</th><th>problem or not applicable</th><th>findings</th></tr></thead><tbody>${rows}</tbody></table>
${own.length ? `<table>${findingHead}<tbody>${findingRows(own)}</tbody></table>` : '<p>no findings</p>'}
</section>`
    })
    .join('\n')
  const siteWide = report.findings.filter((f) => f.phase === 'site')
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Sekisho audit: ${html(report.start)}</title>
<style>
body{font:14px/1.5 system-ui,sans-serif;margin:2rem;color:#222}table{border-collapse:collapse;margin:.5rem 0 1rem;width:100%}
td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}img{max-width:480px;border:1px solid #999}img.evidence{max-width:320px}
tr.error td:first-child{color:#b00020;font-weight:bold}tr.warning td:first-child{color:#a05a00}tr.baseline{opacity:.6}
code{word-break:break-all}section{border-top:2px solid #333;margin-top:1.5rem}
</style></head><body>
<h1>Sekisho audit</h1>
<p>${html(report.start)} · ${report.pages.length} page(s) · ${html(report.startedAt)} · ${Math.round(report.durationMs / 1000)} s · config: ${report.config.source} · <b>${counts}</b></p>
${report.config.errors.length ? `<p class="error">config errors: ${html(report.config.errors.join('; '))}</p>` : ''}
${siteWide.length ? `<h2>Whole site</h2><table>${findingHead}<tbody>${findingRows(siteWide)}</tbody></table>` : ''}
${pages}
</body></html>
`
}
