// The export formats a collector serves: one list for the collector's query check, the CLI's flag and
// the console's buttons, with the file extension each downloads as.

/** `appi` is the APPI confirmation-record layout; `kantara` the Kantara Consent Receipt v1.1 JSON;
 * `iso27560` the ISO/IEC TS 27560 consent records (JSON). */
export const EXPORT_FORMATS = ['csv', 'jsonl', 'kantara', 'iso27560', 'appi'] as const

/** The file extension of each format's download. */
export const EXPORT_EXTENSIONS = {
  csv: 'csv',
  jsonl: 'jsonl',
  kantara: 'json',
  iso27560: 'json',
  appi: 'csv',
} as const satisfies Record<(typeof EXPORT_FORMATS)[number], string>
