// The server entry, run by build.mjs in Node to pre-render index.html (no document, no window):
// the stores answer "not granted" there.
import { render as renderApp } from 'svelte/server'
import App from './App.svelte'

export const render = () => renderApp(App).body
