// The server entry, run by build.mjs in Node to pre-render index.html (no document, no window).
import { renderToString } from 'react-dom/server'
import { App } from './App.tsx'

export const render = () => renderToString(<App />)
