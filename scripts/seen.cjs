// Requests the browser-test servers saw (@web/test-runner's and mutation testing's Karma), for
// loads that no page API records: fetchLater, speculation-rules prefetches. A test asks
// GET /__sekisho-seen?part=… whether any request URL so far contained that part.
const urls = []

/** Records a request's URL; for the query itself, answers its JSON body (undefined for others). */
function seen(url) {
  if (!url.startsWith('/__sekisho-seen')) {
    // Bounded: a test run makes a few thousand requests.
    if (urls.length < 100000) urls.push(url)
    return undefined
  }
  const part = new URL(url, 'http://localhost').searchParams.get('part') ?? ''
  return JSON.stringify({ seen: part != '' && urls.some((u) => u.includes(part)) })
}

module.exports = { seen }
