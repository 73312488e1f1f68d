'use client'
// After hydration: a data: frame (an opaque origin) shows the pixel in its own <img>, a blob:
// worker imports the pixel's script (importScripts) and fetches it, and the page's own code imports
// it with a dynamic import(). None of them calls anything the page's gate wrapped. Each attempt reports when it is over, loaded or refused, in `window.realms`
// (the frame by its load event: it fires once its image has loaded or failed).
import { useEffect } from 'react'

const FRAME = '<img alt="" src="https://www.facebook.com/tr/?id=from-frame">'
const WORKER =
  'try { importScripts("https://connect.facebook.net/en_US/fbevents.js?from=importScripts") } catch (e) {}' +
  'fetch("https://connect.facebook.net/en_US/fbevents.js?from=worker")' +
  '.catch(function () {}).then(function () { postMessage("worker") })'

export function Realms() {
  useEffect(() => {
    const realms: string[] = []
    Object.assign(window, { realms })
    const frame = document.createElement('iframe')
    frame.title = 'campaign'
    frame.src = 'data:text/html,' + encodeURIComponent(FRAME)
    frame.onload = () => realms.push('frame')
    document.body.append(frame)
    const worker = new Worker(URL.createObjectURL(new Blob([WORKER], { type: 'text/javascript' })))
    worker.onmessage = (e) => realms.push(e.data)
    // A URL for the browser, not for Turbopack to bundle.
    void import(/* turbopackIgnore: true */ 'https://connect.facebook.net/en_US/fbevents.js?from=import')
      .catch(() => {})
      .then(() => realms.push('import'))
    return () => {
      frame.remove()
      worker.terminate()
    }
  }, [])
  return null
}
