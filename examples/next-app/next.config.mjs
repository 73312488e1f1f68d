// Next.js settings for the example. The repository's own checks cover what `next build` would
// check again, so the build skips its type check (it also needs the TypeScript JS API, which the
// repository's TypeScript 7 has not).
/** @type {import('next').NextConfig} */
export default {
  typescript: { ignoreBuildErrors: true },
  // The example is served by server.mjs (a custom server), so no standalone output.
  poweredByHeader: false,
  productionBrowserSourceMaps: false,
  // server.mjs marks up the HTML: it must see it uncompressed.
  compress: false,
  // Builds here start from a fresh clone (CI): writing Turbopack's cache cost ~20 s and nothing reads it.
  experimental: { turbopackFileSystemCacheForBuild: false },
}
