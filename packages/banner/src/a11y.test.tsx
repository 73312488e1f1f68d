import { expect } from 'chai'
import { emulateMedia } from '@web/test-runner-commands'
import type { AxeResults, RunOptions } from 'axe-core'
import { mountForTest } from './testing/fixtures.ts'

declare global {
  interface Window {
    axe?: { run(context: Element, options: RunOptions): Promise<AxeResults> }
  }
}

// axe-core is a classic script; the test server serves node_modules from the repo root.
async function loadAxe() {
  if (window.axe) return window.axe
  await new Promise((resolve, reject) => {
    const script = document.head.appendChild(document.createElement('script'))
    script.onload = resolve
    script.onerror = reject
    script.src = '/node_modules/axe-core/axe.min.js'
  })
  return window.axe!
}

const options: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
}
const describeViolations = (r: AxeResults) =>
  r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`).join('\n')

describe('accessibility (axe-core)', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' })
  })
  for (const scheme of ['light', 'dark'] as const) {
    for (const lang of ['ja', 'en']) {
      for (const view of ['first', 'preferences'] as const) {
        it(`${view} layer, ${lang}, ${scheme}: zero violations`, async () => {
          await emulateMedia({ colorScheme: scheme })
          document.documentElement.lang = lang
          const axe = await loadAxe()
          const receipts = async () => [
            {
              id: 'r-1',
              timestamp: '2026-11-01T00:00:00Z',
              method: 'custom',
              purposes: [{ id: 'analytics', granted: true }],
            },
          ]
          const { banner, shadow } = mountForTest({ view, lang, receipts })
          try {
            // Expand every service row so their contents are checked too.
            for (const d of shadow.querySelectorAll('details')) d.open = true
            // Let the entrance fade finish: axe measures contrast as painted.
            await Promise.all(
              shadow
                .querySelector('.l,dialog')!
                .getAnimations({ subtree: true })
                .map((a) => a.finished),
            )
            const bg = getComputedStyle(shadow.querySelector(view === 'first' ? '.l' : 'dialog')!).backgroundColor
            expect(bg).to.equal(scheme === 'dark' ? 'rgb(31, 31, 31)' : 'rgb(255, 255, 255)')
            const results = await axe.run(banner.host, options)
            expect(results.passes.length).to.be.greaterThan(5)
            expect(describeViolations(results)).to.equal('')
          } finally {
            banner.unmount()
          }
        })
      }
    }
  }
})
