// The script tag's lazy check chunk, `sekisho-check.js`: the check part (./wiring/check.ts).
import { announce } from './chunk.ts'
import * as part from './wiring/check.ts'

announce<'check'>(part)
