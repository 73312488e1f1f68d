// Vite compiles the app's components (.svelte) with Svelte's own plugin.
import { svelte } from '@sveltejs/vite-plugin-svelte'
import { defineConfig } from 'vite'

export default defineConfig({ plugins: [svelte()] })
