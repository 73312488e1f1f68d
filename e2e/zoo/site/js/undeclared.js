// A third-party chat widget the operator forgot to declare (served by the zoo's routing).
;(window.zooRan = window.zooRan || []).push('undeclared chat widget')
