// Decisions per day, stacked by method: an SVG bar chart with a title and summary for screen
// readers, and the same numbers as a table (the accessible alternative and the exact values).
import type { ConsoleStats } from '../api/client.ts'
import { fill, nameOf, type ConsoleText } from '../i18n/text.ts'
import { Table } from '../page/table.tsx'
import { labelEvery, niceScale } from './scale.ts'

const WIDTH = 640
const HEIGHT = 240
const LEFT = 56
const RIGHT = 8
const TOP = 10
const BOTTOM = 26

export interface DayChartProps {
  days: ConsoleStats['byDay']
  /** Methods to stack, in order; colours come from the stylesheet's `.m-<method>` classes. */
  methods: readonly string[]
  text: ConsoleText
  format: (n: number) => string
}

/** Per-day totals over `methods` only (the page's method filter narrows the chart). */
export function dayTotal(day: ConsoleStats['byDay'][number], methods: readonly string[]): number {
  return methods.reduce((sum, m) => sum + (day.byMethod[m] ?? 0), 0)
}

export function DayChart({ days, methods, text, format }: DayChartProps) {
  if (!days.length) return <p>{text.noData}</p>
  const totals = days.map((d) => dayTotal(d, methods))
  const scale = niceScale(Math.max(...totals))
  const plotWidth = WIDTH - LEFT - RIGHT
  const plotHeight = HEIGHT - TOP - BOTTOM
  const slot = plotWidth / days.length
  const barWidth = Math.max(1, slot * 0.72)
  const y = (value: number) => TOP + plotHeight - (value / scale.max) * plotHeight
  const every = labelEvery(days.length)
  const summary = fill(text.chartSummary, {
    total: format(totals.reduce((a, b) => a + b, 0)),
    days: days.length,
    first: days[0]!.day,
    last: days[days.length - 1]!.day,
  })
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="chart-title chart-summary">
        <title id="chart-title">{text.chartTitle}</title>
        <desc id="chart-summary">{summary}</desc>
        {scale.ticks.map((t) => (
          <g key={t} class="tick">
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(t)} y2={y(t)} />
            <text x={LEFT - 6} y={y(t) + 4} text-anchor="end">
              {format(t)}
            </text>
          </g>
        ))}
        {days.map((d, i) => {
          const x = LEFT + i * slot + (slot - barWidth) / 2
          let base = 0
          return (
            <g key={d.day}>
              {methods.map((m) => {
                const n = d.byMethod[m] ?? 0
                if (!n) return null
                const top = y(base + n)
                const height = y(base) - top
                base += n
                return (
                  <rect class={`m-${m}`} x={x} y={top} width={barWidth} height={height}>
                    <title>{`${d.day} ${nameOf(text.methods, m)}: ${format(n)}`}</title>
                  </rect>
                )
              })}
              {i % every === 0 && (
                <text class="day" x={x + barWidth / 2} y={HEIGHT - 8} text-anchor="middle">
                  {d.day.slice(5)}
                </text>
              )}
            </g>
          )
        })}
      </svg>
      <figcaption>
        <ul class="legend">
          {methods.map((m) => (
            <li key={m}>
              <span class={`swatch m-${m}`} aria-hidden="true" />
              {nameOf(text.methods, m)}
            </li>
          ))}
        </ul>
      </figcaption>
      <details>
        <summary>{text.dataTable}</summary>
        <Table
          caption
          label={text.chartTitle}
          heads={[text.day, ...methods.map((m) => nameOf(text.methods, m)), text.total]}
        >
          {days.map((d, i) => (
            <tr key={d.day}>
              <th scope="row">{d.day}</th>
              {methods.map((m) => (
                <td key={m}>{format(d.byMethod[m] ?? 0)}</td>
              ))}
              <td>{format(totals[i]!)}</td>
            </tr>
          ))}
        </Table>
      </details>
    </figure>
  )
}
