// @sekisho/audit: crawls a site and checks, per page and per consent decision, what it sends and stores.
export {
  type AuditOptions,
  type AuditReport,
  audit,
  CHROMIUM_ARGS,
  launchBrowser,
  type PageResult,
} from './audit.ts'
export { run } from './command.ts'
export { parseRobots, parseSitemap } from './crawl.ts'
export { type Finding, RULES, SEVERITIES, type Severity } from './findings.ts'
export { DEFAULT_PHASES, type Phase, PHASES, type PhaseObservation } from './phases.ts'
export { applyBaseline, failing, toHtml, toJUnit } from './report.ts'
