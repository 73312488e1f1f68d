// The browser entry: wires Sekisho (gate, banner, receipts) first, then hydrates the pre-rendered
// page, whose components read the stores. The gate releases the HTML's held Google Analytics tags
// once analytics is granted.
import { hydrate } from 'svelte'
import { initSekisho } from '@sekisho/svelte'
import App from './App.svelte'
import { config } from './config.ts'

initSekisho(config)
hydrate(App, { target: document.getElementById('app')! })
