// The browser entry: hydrates the pre-rendered page. The provider's first render wires Sekisho
// (gate, banner, receipts) before React commits anything, and the gate releases the HTML's held
// Google Analytics tags once analytics is granted.
import { hydrateRoot } from 'react-dom/client'
import { App } from './App.tsx'

hydrateRoot(document.getElementById('root')!, <App />)
