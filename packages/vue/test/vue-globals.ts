// What a bundler defines for Vue's ESM build: process.env.NODE_ENV (a worker has no test page's
// shim) and its feature flags (else Vue warns that they are missing). Imported before Vue.
Object.assign(globalThis, {
  process: (globalThis as { process?: unknown }).process ?? { env: { NODE_ENV: 'test' } },
  __VUE_OPTIONS_API__: true,
  __VUE_PROD_DEVTOOLS__: false,
  __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: false,
})
