// The script tag's own localStorage keys (strictly necessary, first-party), shared by the head and
// the chunks that write them.

/** Set while receipts wait in the queue for delivery. */
export const UNSENT = 'sekisho:unsent'
