// The script-tag entry `sekisho.js`, first in <head>, for any config: inline or baked, naming any
// built-in service by id (so it carries the compact gating data of the whole catalog, as text: see
// @sekisho/catalog's gate-entry.ts for what that saves over the object literal).
import { catalogGateText, readGateText } from '@sekisho/catalog'
import { startHead } from './start-head.ts'

startHead(readGateText(catalogGateText))
