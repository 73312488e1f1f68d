// The script tag's lazy receipts chunk, `sekisho-receipts.js`: the receipts part (./wiring/receipts.ts).
import { announce } from './chunk.ts'
import * as part from './wiring/receipts.ts'

announce<'receipts'>(part)
