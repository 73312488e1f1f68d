// Random ids of the consent state: subjects, and receipts (chosen by core when a decision is made,
// so the consent cookie carries the id before the receipt exists).

/** 128 random bits as 28 base-36 digits (7 per 32-bit word: 36^7 > 2^32, so none is cut). */
export const randomId = () =>
  Array.from(crypto.getRandomValues(new Uint32Array(4)), (n) => n.toString(36).padStart(7, '0')).join('')

/** A receipt id: 9 base-36 digits of the time (ids sort by creation), then 128 random bits as
 * {@link randomId} (the head already carries it for subjects: no further bytes there). */
export const receiptId = (now = Date.now()): string => now.toString(36).padStart(9, '0') + randomId()
