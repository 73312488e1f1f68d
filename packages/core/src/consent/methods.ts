// How a decision can be made: the one list receipts, cookies, exports and the console read.

/** In the order of the consent cookie's method letters (core README): append only, never reorder. */
export const DECISION_METHODS = ['accept-all', 'reject-all', 'custom', 'withdraw', 'gpc', 'api'] as const
