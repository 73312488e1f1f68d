// Navigations a page starts by itself to a held host: a `<meta http-equiv=refresh>` in its own
// HTML (the parser schedules it as it inserts the tag, before any observer runs), `location` set
// by a timer or on load. The Navigation API announces each one first, cancelably, in Chromium.
import type { Realm } from '../gate/patch.ts'

/** What the gate reads of a `navigate` event (lib.dom may not know the Navigation API yet). */
interface NavigateEventLike extends Event {
  readonly userInitiated: boolean
  readonly destination: { readonly url: string }
}

/**
 * Cancels `w`'s navigations to a host `held` names, unless the visitor caused them: a click on a
 * link (an affiliate link, say) or a script that click ran (transient user activation) still goes.
 * A cancelled `location` change is not replayed on consent; a refresh tag in the HTML, held as a
 * tag, is (install-gate's refresh releases it).
 */
export function interceptNavigations(w: Realm, held: (url: string) => unknown): void {
  const navigation = (w as { navigation?: EventTarget }).navigation
  navigation?.addEventListener('navigate', (event) => {
    const e = event as NavigateEventLike
    // preventDefault does nothing to the few it may not cancel (a traversal the browser started).
    // Stryker disable next-line OptionalChaining: Chromium has userActivation; other engines may not
    if (!e.userInitiated && !w.navigator.userActivation?.isActive && held(e.destination.url)) e.preventDefault()
  })
}
