// @sekisho/console: the privacy managers' web page served by the collector (Preact).
export {}
