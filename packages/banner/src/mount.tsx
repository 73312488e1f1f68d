// Mounts the banner inside a closed-off Shadow DOM so site CSS and banner CSS never meet.
import { render } from 'preact'
import { FirstLayer, type FirstLayerProps } from './first-layer/first-layer.tsx'

export interface MountedBanner {
  /** The element holding the shadow root. */
  host: HTMLElement
  unmount(): void
}

/** Renders the first layer into a new shadow root on `host` (default: a new element on <body>). */
export function mountBanner(props: FirstLayerProps, host: HTMLElement = document.body.appendChild(document.createElement('sekisho-banner'))): MountedBanner {
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' })
  render(<FirstLayer {...props} />, shadow)
  return {
    host,
    unmount() {
      render(null, shadow)
      host.remove()
    },
  }
}
