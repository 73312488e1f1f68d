// The dialog part: the banner's preferences dialog (Preact), loaded only when the visitor heads for
// the settings; the banner part's first layer is plain DOM and carries no framework.
export { renderDialog } from '@sekisho/banner/dialog'
