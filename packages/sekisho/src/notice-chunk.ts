// The script tag's lazy notice chunk, `sekisho-notice.js`: the notice part (./wiring/notice.ts).
import { announce } from './chunk.ts'
import * as part from './wiring/notice.ts'

announce<'notice'>(part)
