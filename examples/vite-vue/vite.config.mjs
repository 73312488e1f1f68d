// Vite compiles the app's single-file components (.vue) with Vue's own plugin.
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'

export default defineConfig({ plugins: [vue()] })
