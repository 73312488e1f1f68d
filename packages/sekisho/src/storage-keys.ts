// The script tag's own localStorage keys (strictly necessary, first-party), shared by the head and
// the chunks that write them.

/** Set while receipts wait in the queue for delivery. */
export const UNSENT = 'sekisho:unsent'
/** Prefix of the wording a decision was made in, by its receipt id, until its receipt is queued:
 * a page that reloads at once (a withdrawal) leaves the receipt, and its wording, to the next one. */
export const SHOWN = 'sekisho:shown:'
