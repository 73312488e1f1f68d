// Per-client token bucket: `burst` requests at once, refilled at `perSecond`.
export interface RateLimitOptions {
  /** Sustained requests per second per client. @default 20 */
  perSecond?: number
  /** Requests a client may make at once. @default 200 */
  burst?: number
}

/** Returns a check: `0` when the request may proceed, else the seconds to wait (for Retry-After). */
export function createRateLimit(options: RateLimitOptions = {}, now: () => number = Date.now) {
  const rate = options.perSecond ?? 20
  const burst = options.burst ?? 200
  const buckets = new Map<string, { tokens: number; at: number }>()
  /** The tokens a bucket holds at `t`: what it had, refilled since, at most `burst`. */
  const level = (bucket: { tokens: number; at: number }, t: number) =>
    Math.min(burst, bucket.tokens + ((t - bucket.at) / 1000) * rate)
  return (client: string): number => {
    const t = now()
    const bucket = buckets.get(client) ?? { tokens: burst, at: t }
    bucket.tokens = level(bucket, t)
    bucket.at = t
    buckets.set(client, bucket)
    // Forget full buckets so memory stays bounded under many clients. Whether and when a full one is
    // forgotten cannot be seen (a new bucket starts full): only forgetting one that is not full could.
    // Stryker disable next-line ConditionalExpression,EqualityOperator: only memory use differs
    if (buckets.size > 10_000) {
      for (const [key, b] of buckets) if (level(b, t) === burst) buckets.delete(key)
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1
      return 0
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / rate))
  }
}
