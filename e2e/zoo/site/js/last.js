// First-party, the page's last parser-blocking script: marks the end of parsing.
;(window.zooRan = window.zooRan || []).push('parsed')
