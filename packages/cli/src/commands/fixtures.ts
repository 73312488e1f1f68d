// Site configs shared by the CLI command tests, written to a temporary directory.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const VALID = {
  revision: '2026-11-01',
  controller: { name: '株式会社サンプル', contact: 'privacy@example.jp', policyUrl: '/privacy' },
  purposes: [{ id: 'necessary', required: true }, { id: 'analytics' }, { id: 'affiliate' }, { id: 'advertising' }],
  services: [
    'google-analytics',
    'a8net',
    {
      id: 'my-pixel',
      name: 'My <Pixel>',
      purposes: ['advertising'],
      recipient: { ja: 'サンプル広告株式会社', en: 'Sample Ads K.K.' },
      country: 'JP',
      data: [
        { ja: 'Cookie ID（_mp）', en: 'cookie ID (_mp)' },
        { ja: '閲覧したページのURL', en: 'URL of pages viewed' },
      ],
      sitePurpose: { ja: '広告の効果測定のため', en: 'to measure our ads' },
      recipientPurpose: { ja: '広告の配信のため', en: 'to serve ads' },
      hosts: ['px.example.com'],
      cookies: ['_mp'],
      privacyPolicyUrl: 'https://ads.example.com/privacy',
    },
  ],
}

/** A config with a missing revision and an unknown catalog id at services[1]. */
export const INVALID = { ...VALID, revision: undefined, services: ['google-analytics', 'no-such-service'] }

export function fixtureDir(): { dir: string; write(name: string, content: unknown): string } {
  const dir = mkdtempSync(join(tmpdir(), 'sekisho-cli-'))
  return {
    dir,
    write(name, content) {
      const file = join(dir, name)
      writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content))
      return file
    },
  }
}

export function capture() {
  const io = {
    stdout: '',
    stderr: '',
    out: (t: string) => void (io.stdout += t),
    err: (t: string) => void (io.stderr += t),
  }
  return io
}
