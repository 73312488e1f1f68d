// A data table with column headings, scrolling sideways on narrow screens instead of the page.
import type { ComponentChildren } from 'preact'

export function Table({ heads, caption, children }: { heads: string[]; caption?: string; children: ComponentChildren }) {
  return (
    <div class="scroll">
      <table>
        {caption && <caption>{caption}</caption>}
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
