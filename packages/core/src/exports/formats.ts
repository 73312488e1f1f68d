// The export formats a collector serves: one list for the collector's query check and the console's buttons.

/** `appi` is the APPI confirmation-record layout; `kantara` the standard consent-receipt JSON. */
export const EXPORT_FORMATS = ['csv', 'jsonl', 'kantara', 'appi'] as const
