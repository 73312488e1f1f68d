// A stand-in tracker for the gate's browser tests: records that it ran, in order.
;(window.ran = window.ran || []).push(new URL(document.currentScript.src).searchParams.get('n'))
