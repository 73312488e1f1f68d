// node:test reporter that writes {passed, failed, skipped} of leaf tests as JSON for scripts/test.mjs.
export default async function* countsReporter(source) {
  const counts = { passed: 0, failed: 0, skipped: 0 }
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue
    const { details, skip, todo } = event.data
    if (details?.type === 'suite') {
      // A suite that failed outside its tests (a hook, a throw at load) is one failure.
      if (event.type === 'test:fail' && details.error?.failureType !== 'subtestsFailed') counts.failed++
      continue
    }
    if (skip || todo) counts.skipped++
    else if (event.type === 'test:pass') counts.passed++
    else counts.failed++
  }
  yield JSON.stringify(counts)
}
