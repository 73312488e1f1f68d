// nanostores reads process.env.NODE_ENV (a bundler defines it); a worker has no test page's shim.
;(globalThis as { process?: unknown }).process ??= { env: { NODE_ENV: 'test' } }
