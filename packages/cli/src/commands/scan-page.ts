// Loads one page in headless Chromium as a first-time visitor who has not consented, and records
// what it sent and stored. Uses the machine's Chromium; never downloads a browser.
import { existsSync } from 'node:fs'
import type { PageObservation } from './scan-report.ts'

/** Where Chromium or Chrome usually is; `CHROME_PATH` comes first. */
const BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
]

export const NO_BROWSER =
  "No Chromium found. Install your system's Chromium (Debian/Ubuntu: sudo apt-get install chromium; " +
  'Fedora: sudo dnf install chromium; macOS: Google Chrome), or point CHROME_PATH or --browser at a Chromium/Chrome binary. ' +
  'sekisho never downloads a browser.'

/** The browser to launch: CHROME_PATH, then the usual install paths; undefined when none exists. */
export function findBrowser(
  env: NodeJS.ProcessEnv = process.env,
  candidates: readonly string[] = BROWSERS,
): string | undefined {
  return [env.CHROME_PATH, ...candidates].find((p): p is string => !!p && existsSync(p))
}

export interface ObserveOptions {
  executablePath: string
  /** Budget for loading and for the network to go quiet, in ms. */
  timeout: number
  /** One line per step (loading, waiting for network idle, collecting). */
  progress(line: string): void
}

/** What the page holds, as `READ_PAGE` returns it. */
interface InPage {
  documentCookies: string[]
  storage: PageObservation['storage']
  held: PageObservation['held']
  configText?: string
}

/**
 * Runs in the page: cookies visible to scripts, storage keys, held tags and the config. Kept as
 * source text because transpilers (tsx's keepNames) wrap functions in helpers the page lacks.
 */
const READ_PAGE = `(() => {
  const absolute = (url) => { try { return url ? new URL(url, document.baseURI).href : undefined } catch { return undefined } }
  const keys = (area) => {
    try { const store = window[area]; return Array.from({ length: store.length }, (_, i) => ({ area, key: store.key(i) })) } catch { return [] }
  }
  const baked = window.__sekishoConfig
  return {
    documentCookies: document.cookie ? document.cookie.split(/;\\s*/).map((c) => c.split('=')[0]) : [],
    storage: [...keys('localStorage'), ...keys('sessionStorage')],
    held: Array.from(document.querySelectorAll('[data-sekisho]'), (el) => ({
      target: el.getAttribute('data-sekisho'),
      url: absolute(el.getAttribute('src') ?? el.getAttribute('data-src') ?? el.getAttribute('href') ?? el.getAttribute('data-href')),
    })),
    configText: baked ? JSON.stringify(baked) : document.getElementById('sekisho-config')?.textContent ?? undefined,
  }
})()`

export async function observePage(url: string, options: ObserveOptions): Promise<PageObservation> {
  // Loaded on use: the other commands start without the browser driver.
  const { chromium } = await import('playwright-core')
  // The budget is the page's (--timeout: loading and network idle): a browser slow to start on a busy
  // machine gets Playwright's own launch limit, and does not eat into it.
  const browser = await chromium.launch({ executablePath: options.executablePath })
  const deadline = Date.now() + options.timeout
  try {
    // A fresh profile: no cookies, no stored consent. Service workers would hide requests from the log.
    const context = await browser.newContext({ serviceWorkers: 'block' })
    const requests: string[] = []
    // On `request`, not `response`: an attempted request is a leak whether or not it succeeds.
    context.on('request', (request) => void requests.push(request.url()))
    const page = await context.newPage()
    options.progress(`loading ${url}`)
    const response = await page.goto(url, { waitUntil: 'load', timeout: options.timeout })
    const html = await response?.text().catch(() => undefined)
    options.progress('waiting for network idle')
    const idle = await page.waitForLoadState('networkidle', { timeout: Math.max(1, deadline - Date.now()) }).then(
      () => true,
      () => false,
    )
    options.progress('collecting requests, cookies and storage')
    const inPage = (await page.evaluate(READ_PAGE)) as InPage
    const cookies = (await context.cookies()).map((c) => ({ name: c.name, domain: c.domain }))
    const host = new URL(page.url()).hostname
    for (const name of inPage.documentCookies)
      if (!cookies.some((c) => c.name === name)) cookies.push({ name, domain: host })
    return {
      url: page.url(),
      requests,
      cookies,
      storage: inPage.storage,
      held: inPage.held,
      configText: inPage.configText,
      idle,
      html,
    }
  } finally {
    await browser.close()
  }
}
