// The script tag's lazy dialog chunk, `sekisho-dialog.js`: the preferences dialog (./wiring/dialog.ts).
import { announce } from './chunk.ts'
import * as part from './wiring/dialog.ts'

announce<'dialog'>(part)
