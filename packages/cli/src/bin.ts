// Entry of the `sekisho` command (bin/sekisho.mjs calls main).
export { main } from './main.ts'
