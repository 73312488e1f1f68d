// How a script-tag chunk hands its part to the head without a global: the chunk, a classic script,
// dispatches its module on its own <script> element (document.currentScript), which only the head
// that created the element listens on.
import type { PartName, Parts } from './wiring/create-sekisho.ts'

/** Run by each chunk file (`sekisho-<name>.js`) once its code has run. */
export function announce<K extends PartName>(part: Parts[K]): void {
  document.currentScript?.dispatchEvent(new CustomEvent('sekisho:part', { detail: part }))
}
