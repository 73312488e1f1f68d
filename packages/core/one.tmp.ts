export { validateConfig } from './src/index.ts'
