// Script entry of dist/console.js: the collector's HTML shell loads it after <div id="app">.
import { mountConsole } from './page/console-page.tsx'

const root = document.getElementById('app')
if (root) mountConsole(root)
