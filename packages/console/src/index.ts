// @sekisho/console: the privacy managers' web page served by the collector (Preact).
// The collector serves consoleHtml() at `/` and dist/console.js (built from src/app.tsx) at `/console.js`.
export { CONSOLE_CSP, consoleHtml } from './shell/console-html.ts'
export type { ConsoleHtmlOptions } from './shell/console-html.ts'
export { mountConsole, TOKEN_KEY } from './page/console-page.tsx'
export type { ConsoleOptions } from './page/console-page.tsx'
export { createConsoleApi, CollectorError } from './api/client.ts'
export type { ConsoleApi, ConsoleStats } from './api/client.ts'
export { EMPTY_FILTERS, EXPORT_FORMATS, exportFileName, exportQuery, statsQuery } from './query/filters.ts'
export type { ConsoleFilters, ExportFormat } from './query/filters.ts'
export { niceScale } from './chart/scale.ts'
export type { Scale } from './chart/scale.ts'
export { TEXT } from './i18n/text.ts'
export type { ConsoleLanguage, ConsoleText } from './i18n/text.ts'
