/// <reference types="vite/client" />

// Single-file components, as the type check outside vue-tsc sees them: a component.
declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent
  export default component
}
