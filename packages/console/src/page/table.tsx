// A data table with column headings, scrolling sideways on narrow screens instead of the page.
import type { ComponentChildren } from 'preact'

/** `label` names the table; it is the visible caption when `caption` is set. */
export function Table({
  heads,
  label,
  caption,
  children,
}: {
  heads: string[]
  label: string
  caption?: boolean
  children: ComponentChildren
}) {
  return (
    // A named, focusable region so keyboard users can scroll a table wider than a phone.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    // biome-ignore lint/a11y/useSemanticElements: a <section> would add a landmark per table
    <div class="scroll" role="region" aria-label={label} tabIndex={0}>
      <table>
        {caption && <caption>{label}</caption>}
        <thead>
          <tr>
            {heads.map((h) => (
              <th scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  )
}
