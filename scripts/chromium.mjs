// Finds Debian's Chromium for tests (CHROME_PATH, then /usr/bin/chromium); installs it with apt
// when run as root on a Debian-like machine. Never downloads a browser any other way.
// Usage: node scripts/chromium.mjs --ensure   (prints the path, exit 1 with advice when missing)
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser']

/** Flags every launch needs here: root needs --no-sandbox; the rest keep a closed network quiet. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
]

/** @returns {string | undefined} */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH
  if (fromEnv && existsSync(fromEnv)) return fromEnv
  return CANDIDATES.find((p) => existsSync(p))
}

/** @returns {string} the path; throws with what to install when none can be had. */
export function ensureChromium() {
  const found = findChromium()
  if (found) return found
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.error('Chromium not found: installing Debian package "chromium" with apt-get')
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env })
    const installed = findChromium()
    if (installed) return installed
  }
  throw new Error(
    'No Chromium found. Install Debian/Ubuntu package "chromium" (sudo apt-get install -y chromium) ' +
      'or set CHROME_PATH to a Chromium/Chrome binary. Tests never download a browser.',
  )
}

if (import.meta.url === `file://${process.argv[1]}` && process.argv.includes('--ensure')) {
  try {
    console.log(ensureChromium())
  } catch (err) {
    console.error(err.message)
    process.exit(1)
  }
}
