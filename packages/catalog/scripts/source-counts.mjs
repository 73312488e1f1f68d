// Prints, per catalog service, how many fact fields are sourced and how many are unconfirmed, and
// the totals: `node packages/catalog/scripts/source-counts.mjs` (`--markdown` for a table).
import { tsImport } from 'tsx/esm/api'

const { catalogSources } = await tsImport('../src/index.ts', import.meta.url)
const markdown = process.argv.includes('--markdown')
let sourced = 0
let open = 0
const rows = Object.keys(catalogSources)
  .sort()
  .map((id) => {
    const fields = Object.values(catalogSources[id])
    const s = fields.filter((f) => !('unconfirmed' in f)).length
    const u = fields.length - s
    sourced += s
    open += u
    return [id, s, u]
  })
if (markdown) {
  console.log('| service | sourced | unconfirmed |\n|---|---:|---:|')
  for (const [id, s, u] of rows) console.log(`| ${id} | ${s} | ${u} |`)
  console.log(`| **${rows.length} services** | **${sourced}** | **${open}** |`)
} else {
  // The id column is as wide as the longest id, so the counts stay in line.
  const width = Math.max(30, ...rows.map(([id]) => id.length))
  for (const [id, s, u] of rows) console.log(`${id.padEnd(width)} ${String(s).padStart(3)} ${String(u).padStart(3)}`)
  console.log(`${`${rows.length} services`.padEnd(width)} ${String(sourced).padStart(3)} ${String(open).padStart(3)}`)
}
