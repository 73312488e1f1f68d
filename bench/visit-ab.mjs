// `node bench/visit-ab.mjs <distA> <distB> [pairs]`: two builds of the script tag (folders holding
// what `npm run build` puts in packages/sekisho/dist, copied before and after a change), each served
// by a server of its own, first visits taken in turns through the pipe as the bench takes them
// (visit.mjs traced). Prints Sekisho's main-thread script CPU until the banner for each build, and
// vanilla-cookieconsent's between them as the yardstick: medians, the median of the per-pair ratios
// and how many pairs the second build was lower in. One visit varies by ±30% on a shared 2-core
// machine; a pair shares its moment's load, so its ratio is steadier than a ratio of medians.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { MANAGERS } from './managers.mjs'
import { paired } from './measure.mjs'
import { openSite } from './visit.mjs'

const [distA, distB, pairsArg = '15'] = process.argv.slice(2)
if (!distA || !distB || ![distA, distB].every((d) => existsSync(join(d, 'sekisho.js')))) {
  console.error('usage: node bench/visit-ab.mjs <distA> <distB> [pairs]  (each folder holds a built sekisho.js)')
  process.exit(2)
}
const pairs = Math.max(1, Number(pairsArg))
const sekisho = MANAGERS.find((m) => m.id === 'sekisho')
const cookieconsent = MANAGERS.find((m) => m.id === 'cookieconsent')
const [a, b] = await Promise.all(
  [distA, distB].map((dist) => openSite([sekisho, cookieconsent], { sekishoDist: dist })),
)
const sites = { a, b }
const cpu = { a: [], b: [], cc: [] }
const untilBanner = async (site, m) => (await site.traced(m)).scripts.untilBannerMs
try {
  for (let i = 0; i < pairs; i++) {
    // Alternate which build goes first, so neither always follows the yardstick, and which build's
    // server serves the yardstick: taken always from A's, the tool leaned against B (bench/README).
    for (const side of i % 2 ? ['b', 'a'] : ['a', 'b']) cpu[side].push(await untilBanner(sites[side], sekisho))
    cpu.cc.push(await untilBanner(i % 2 ? b : a, cookieconsent))
    process.stderr.write(`\rvisit-ab: pair ${i + 1}/${pairs}   `)
  }
} finally {
  process.stderr.write('\n')
  await Promise.all([a.close(), b.close()])
}
const ms = (x) => (x === undefined ? '–' : `${x.toFixed(1)} ms`)
const ab = paired(cpu.a, cpu.b)
const toCc = (side) => paired(cpu.cc, cpu[side]).ratio?.toFixed(2)
console.log(`Sekisho's script CPU until the banner is visible, first visits through the pipe, ${ab.pairs} pairs:`)
console.log(`  A ${distA}: ${ms(ab.a)} (${toCc('a')}× vanilla-cookieconsent, median of per-pair ratios)`)
console.log(`  B ${distB}: ${ms(ab.b)} (${toCc('b')}× vanilla-cookieconsent)`)
console.log(`  B/A: ${ab.ratio?.toFixed(3)}× (median of per-pair ratios); B lower in ${ab.lower} of ${ab.pairs} pairs`)
