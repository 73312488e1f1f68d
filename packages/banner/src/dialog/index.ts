// @sekisho/banner/dialog: the preferences dialog (Preact), the module `mountBanner`'s `dialog` option
// takes (or loads lazily): its own entry, so the framework stays out of the first layer's bundle.
export { renderDialog } from './dialog.tsx'
export type { DialogProps } from './dialog.tsx'
