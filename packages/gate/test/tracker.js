// A stand-in tracker for the gate's browser tests: records that it ran, in order. (An SVG
// script's URL is its href.)
;(window.ran = window.ran || []).push(
  new URL(document.currentScript.src || document.currentScript.href.baseVal, location.href).searchParams.get('n'),
)
