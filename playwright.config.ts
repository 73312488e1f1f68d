// End-to-end tests: Playwright drives Debian's Chromium over the example sites served on 127.0.0.1.
import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs'

const reporter: NonNullable<Parameters<typeof defineConfig>[0]['reporter']> = [['list']]
if (process.env.SEKISHO_COUNTS) reporter.push(['json', { outputFile: process.env.SEKISHO_COUNTS }])

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  timeout: 30_000,
  // Conditions, not sleeps: a passing wait ends as soon as it holds; 5 s was short for a busy 2-core CI machine.
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  reporter,
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
})
