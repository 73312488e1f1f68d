// A stand-in tracker for the gate's browser tests: records that it ran, in order. (An SVG
// script's URL is its href; a module script has no currentScript, and records 'module'.)
;((script) =>
  (window.ran = window.ran || []).push(
    script ? new URL(script.src || script.href.baseVal, location.href).searchParams.get('n') : 'module',
  ))(document.currentScript)
