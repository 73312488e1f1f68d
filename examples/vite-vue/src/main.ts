// The browser entry: hydrates the pre-rendered page. The plugin wires Sekisho (gate, banner,
// receipts) before the app mounts, and the gate releases the HTML's held Google Analytics tags once
// analytics is granted.
import { createSSRApp } from 'vue'
import { sekisho } from '@sekisho/vue'
import App from './App.vue'
import { config } from './config.ts'

createSSRApp(App).use(sekisho, { config }).mount('#app')
