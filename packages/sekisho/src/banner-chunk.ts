// The script tag's lazy banner chunk, `sekisho-banner.js`: the banner part (./wiring/banner.ts).
import { announce } from './chunk.ts'
import * as part from './wiring/banner.ts'

announce<'banner'>(part)
