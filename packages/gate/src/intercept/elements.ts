// Holds tracker tags that scripts create: the src/href/srcset setters, setAttribute and
// setAttributeNS mark them up (`data-sekisho`) before they can load; insertions and adoptions of
// another document's nodes are checked as they happen; while the parser runs, a MutationObserver
// checks each tag it inserts. No observer outlives the parser: a live one costs every DOM change of
// the page a record (an empty callback made a 10,000-insert build 1.45x slower: bench/gate.mjs),
// and after it every way in is a wrapper (here, and the markup's in markup.ts).
import { own, type Patcher, type Realm } from '../gate/patch.ts'

/** The attributes that load each gated tag; SVG's (`svg:`) load from href, or the older xlink:href. */
// No prototype: a tag named `constructor` or `__proto__` has no entry (it would find Object's own).
const LOADS: Record<string, string[] | undefined> = Object.setPrototypeOf(
  {
    script: ['src'],
    img: ['srcset', 'src'],
    iframe: ['src'],
    frame: ['src'],
    link: ['imagesrcset', 'href'],
    source: ['srcset', 'src'],
    object: ['data'],
    embed: ['src'],
    input: ['src'],
    audio: ['src'],
    video: ['src', 'poster'],
    track: ['src'],
    a: ['ping'],
    area: ['ping'],
    meta: ['content'],
    // The legacy background attribute loads an image on these.
    body: ['background'],
    table: ['background'],
    thead: ['background'],
    tbody: ['background'],
    tfoot: ['background'],
    tr: ['background'],
    td: ['background'],
    th: ['background'],
    'svg:script': ['href', 'xlink:href'],
    'svg:image': ['href', 'xlink:href'],
    'svg:feImage': ['href', 'xlink:href'],
  },
  null,
)
/** Every attribute name in LOADS: most setAttribute calls set none of them, and leave at this test. */
const LOADING = new Set(Object.values(LOADS).flat())

/** Scripts that may be speculation rules (the type, trimmed, is checked after). */
const RULES = 'script[type*=speculationrules i]'
/** Tags that make a child browsing context (`frames[i]`). */
const CONTEXTS = new Set(['iframe', 'frame', 'object', 'embed'])

/** The attributes that load `el`, if it is a tag the gate holds. */
export const loads = (el: Element): string[] | undefined =>
  LOADS[(el.namespaceURI == 'http://www.w3.org/2000/svg' ? 'svg:' : '') + el.localName]

/** Marks a script parsed by innerHTML and its like: the browser never runs it, so neither does a release. */
export const INERT = 'data-sekisho-inert'
/** Selects every tag the gate holds and every marked-up one. */
export const WATCHED =
  'script,img,iframe,frame,link,source,image,object,embed,input,audio,video,track,a[ping],area,feImage,meta,[background],[data-sekisho]'

/** Where a `<meta http-equiv=refresh>` content (`0;url=…`, `5, '…'`) goes; '' (this page) for
 * any other content, so that `<meta property=og:image content=URL>` is never held. */
export const refreshUrl = (content: string): string =>
  /^\s*[\d.]+\s*[;,\s]\s*(?:url\s*=\s*)?['"]?([^'"]*)/i.exec(content)?.[1]?.trim() ?? ''

/** Trusted Types objects stay what they are (their text cannot change); strings are strings. */
const trusted = (value: unknown) =>
  ['TrustedHTML', 'TrustedScriptURL', 'TrustedScript'].some((name) => {
    const type = (globalThis as unknown as Record<string, Function | undefined>)[name]
    return type && value instanceof type
  })
/** A value read once: what the gate checks is what the browser gets (an object whose toString
 * changes between check and use, or throws, cannot slip by; a throw holds the call). */
export const readOnce = (value: unknown): unknown =>
  typeof value == 'string' || trusted(value) ? value : String(value)
/** `value` through `rewrite`, or itself (a Trusted Types object) when the rewrite changed nothing. */
export const changed = (value: unknown, rewrite: (text: string) => string): unknown => {
  const text = String(value)
  const result = rewrite(text)
  return result == text ? value : result
}

/** Documents whose scripts never run (DOMParser's, parseHTMLUnsafe's). */
export const unexecutable = new WeakSet<Document>()
/** Documents whose HTML a gated parser marked up (DOMParser's text/html, parseHTMLUnsafe's): all
 * that enters them later passes this realm's wrappers, so their nodes need no second look. */
export const markedUp = new WeakSet<Document>()

export interface TagRules {
  /** Marks `el` held when `url` (of its attribute `attr`) belongs to a service not granted now;
   * true when held. `byScript`: a script made the tag (not the parser). */
  hold(el: Element, url: string, attr: string, byScript?: boolean): boolean
  /** A marked-up tag appeared: release it soon if its purpose is granted. */
  schedule(): void
  setAttribute: Element['setAttribute']
  /** CSS with the url()s and @imports of held hosts emptied. */
  css(text: string): string
  /** Marks up a srcdoc document's HTML. */
  markup(html: string): string
  /** Patches a same-origin frame's or popup's realm (anything else, null included, is left). */
  arm(w: unknown): void
}

/** What the interceptors give the gate: `realm` patches a window's own prototypes (the page's, a
 * frame's) and answers the hook to run after each insertion there; the parser-time observers are
 * shared. */
export interface Tags {
  stop(): void
  /** Watches the shadow roots in `tree` (its own too) that no attachShadow made (the parser's,
   * a copy's), nested ones too, and checks what is in them now. */
  watch(tree: Node): void
  /** Watches a document a realm shows now (a frame's realm shows a new one after its first navigation). */
  observe(doc: Document): void
  realm(w: Realm): (self?: Node) => void
}

/** Makes the parser-time observers; `realm` installs the interceptors of one window. */
export function interceptTags(patch: Patcher, rules: TagRules): Tags {
  // A held script keeps its URL and loses its type (a non-JS type never runs); its URL must be
  // held before it lands, since a connected script without src runs as soon as it gets one.
  // Other tags never get the URL.
  const load = (el: Element, url: unknown, attr: string) =>
    rules.hold(el, String(url), attr, true) && el.localName != 'script'
  // A held script's own type (set before or after its src) waits in data-type for the release.
  const type = (el: Element, value: unknown) =>
    el.localName == 'script' &&
    el.hasAttribute('data-sekisho') &&
    (rules.setAttribute.call(el, 'data-type', String(value)), true)
  /** True when setting `attr` (lowercased, as HTML reads it) to `value` is held. */
  const attribute = (el: Element, attr: string, value: unknown) => {
    if (attr == 'data-sekisho') rules.schedule()
    // Only the gate marks a script inert (with the original setAttribute); a copy a library
    // makes of one (htmx, to run it) is a new script that does run.
    if (attr == INERT) return true
    // Most calls set other attributes: decide on the name before asking the element anything.
    if (attr == 'type') return type(el, value)
    return LOADING.has(attr) && loads(el)?.includes(attr) && load(el, value, attr)
  }
  const HELD = {}
  /** HELD, or the value to set the attribute `name` (a string, read once) to: the value read once,
   * a style's CSS and a srcdoc's markup with held URLs emptied. */
  const pass = (el: Element, name: string, value: unknown): unknown => {
    value = readOnce(value)
    const attr = name.toLowerCase()
    if (attr == 'srcdoc') value = changed(value, rules.markup)
    else if (attr == 'style') value = changed(value, rules.css)
    return attribute(el, attr, value) ? HELD : value
  }

  // Text a script puts into a <style> (appendChild, append('…'), a child's before/after…) is CSS:
  // read again at once with held url()s emptied (a style recalculation could fetch before an
  // observer runs). The parser's own <style>s are the server's (a framework hydrates their text).
  const textContent = Object.getOwnPropertyDescriptor(Node.prototype, 'textContent')!.set!
  const restyle = (el: Node) => {
    const text = el.textContent!
    const held = rules.css(text)
    if (held != text) textContent.call(el, held)
  }
  // A speculation-rules script prefetches or prerenders the URLs its JSON names (list rules'
  // `urls`, document rules' `href_matches`): one naming a held service's URL is held as a script
  // is (released as one on consent), before it is connected. Its text may also come after it is
  // connected (an empty one is not run until it gets some): then the browser registered its rules
  // already, and a move (out and back) takes them away, before the microtask that starts loads.
  /** True when `el` is a speculation-rules script that names a held URL (it is held now). */
  const speculation = (el: Element) => {
    if (!/^\s*speculationrules\s*$/i.test(el.getAttribute('type')!)) return false
    const strings: unknown[] = []
    try {
      JSON.parse(el.textContent!, (_, value) => (strings.push(value), value))
    } catch {
      // Rules the browser cannot read load nothing.
      return false
    }
    return strings.some((url) => typeof url == 'string' && rules.hold(el, url, 'src', true))
  }
  /** After text came into `self` (or next to it: a text child's before/after): a <style>'s CSS,
   * a speculation-rules script's URLs, again. */
  const styled = (self: Node) => {
    const el = ((self as Element).localName ? self : self.nodeType == 3 && self.parentNode) as Element
    if (el && el.localName == 'style') restyle(el)
    else if (el && el.localName == 'script' && speculation(el) && el.parentNode)
      el.parentNode.insertBefore(el, el.nextSibling)
  }

  // Tags that never passed a setter: the page's own HTML while it loads (an observer on the
  // document, and the shadow roots attached meanwhile, until its DOMContentLoaded), and nodes
  // parsed in another document and inserted here (template content, DOMParser's; the insertion
  // wrappers below). The observer's callback runs before the parser executes a script (a
  // microtask checkpoint at </script>), so marking it there still stops it; images and frames may already have started loading
  // (preload scanner: the server middleware's part). A script that was not parsed into its
  // document while it loads has been prepared already (it runs, or it is inert): marking it now
  // would run it a second time on release, so only the parser's own are held here. A frame's
  // realm is patched here at the latest (its contentWindow getter does it), before its first
  // navigation (srcdoc, a same-origin URL) runs a script in it.
  /** Patches a frame's realm through its element (nothing while it has no window). */
  const armFrame = (el: Element) => rules.arm((el as HTMLIFrameElement).contentWindow)
  // A frame in a shadow tree is in no frames[] and its load event stays in that tree: it is armed
  // through its element when it gets a window, before its first navigation runs a script there.
  // A shadow root of a detached host waits here, holding its frames, until an insertion connects
  // its host (the insertion that does may bring no frame: a bare host, a tree around it).
  const waiting = new Set<ShadowRoot>()
  const FRAMES = 'iframe,frame,object'
  /** Arms the frames of `root` when it is connected, else keeps it for when it is. */
  const shadowed = (root: ShadowRoot) => {
    if (root.isConnected) {
      waiting.delete(root)
      root.querySelectorAll(FRAMES).forEach(armFrame)
    } else if (root.querySelector(FRAMES)) waiting.add(root)
  }
  /** After an insertion into `self` (a node, or a Range: where it starts; or markup set there)
   * that may have brought a frame. */
  const framed = (self: Node | Range | null | undefined, w: Realm) => {
    const root = (self instanceof w.Range ? self.startContainer : self)?.getRootNode?.()
    if (root instanceof w.ShadowRoot) shadowed(root)
  }
  /** After every insertion: the waiting roots whose host it connected. */
  const connecting = () => waiting.forEach((root) => root.isConnected && shadowed(root))
  const connected = (el: Element, script?: boolean) => {
    const name = el.localName
    if (name == 'iframe') armFrame(el)
    // Without attributes a tag has neither a URL nor a mark: most tags a page builds cost this test.
    if (!el.hasAttributes()) return
    if (el.hasAttribute('data-sekisho')) return rules.schedule()
    if (name == 'script' && speculation(el)) return
    if (name == 'script' && (!(script ?? el.ownerDocument.readyState == 'loading') || el.hasAttribute(INERT))) return
    const attrs = loads(el)
    if (attrs)
      for (const attr of attrs) {
        const url = el.getAttribute(attr)
        if (url) rules.hold(el, url, attr)
      }
  }
  // Indexed loops: no iterator objects for the thousands of records a long page makes.
  const check = (records: MutationRecord[]) => {
    for (let r = 0; r < records.length; r++) {
      const added = records[r]!.addedNodes
      for (let i = 0; i < added.length; i++) {
        const el = added[i] as Element
        if (el.nodeType != 1) continue
        connected(el)
        // Only a node with children can bring loaders in with it: leaves cost one test.
        if (el.firstElementChild) {
          const inside = el.querySelectorAll(WATCHED)
          for (let j = 0; j < inside.length; j++) connected(inside[j]!)
        }
      }
    }
  }
  /** Set once a realm has a clonable shadow root: a copy of it (cloneNode, importNode) gets roots
   * no call the gate sees makes, looked for in each copy from then on (no cost before). */
  let clonable = false
  /** Watches the shadow root of `el`, if it has one (an open one: a closed one no script reaches),
   * and the roots inside it. */
  const host = (el: Node) => {
    const root = (el as Element).shadowRoot
    if (!root) return
    clonable ||= root.clonable
    observe(root)
    root.querySelectorAll(WATCHED).forEach((el) => connected(el))
    shadowed(root)
    roots(root)
  }
  /** Watches the shadow roots of `tree` and of each element in it: each element is visited once
   * per tree (a shadow root's own elements by the call for that root). */
  const roots = (tree: Node) => {
    host(tree)
    ;(tree as ParentNode).querySelectorAll?.('*').forEach(host)
  }
  /** One observer per document its parser is still filling (the page's, a frame's, one that
   * document.open() started again), with the shadow roots attached there meanwhile. */
  const observers = new Map<Document, MutationObserver>()
  const observe = (root: Node) => {
    const doc = (root.ownerDocument ?? root) as Document
    if (doc.readyState != 'loading') return
    let observer = observers.get(doc)
    if (!observer) {
      const made = (observer = new MutationObserver(check))
      observers.set(doc, made)
      doc.addEventListener(
        'DOMContentLoaded',
        () => {
          check(made.takeRecords())
          made.disconnect()
          observers.delete(doc)
        },
        { once: true },
      )
    }
    observer.observe(root, { childList: true, subtree: true })
  }
  return {
    stop() {
      observers.forEach((observer) => observer.disconnect())
      observers.clear()
    },
    watch: roots,
    observe,
    realm(w) {
      // Each setter sets the attribute of its lowercased name (imageSrcset: imagesrcset).
      for (const [kind, property] of [
        [w.HTMLScriptElement, 'src'],
        [w.HTMLImageElement, 'src'],
        [w.HTMLImageElement, 'srcset'],
        [w.HTMLSourceElement, 'srcset'],
        [w.HTMLIFrameElement, 'src'],
        [w.HTMLFrameElement, 'src'],
        [w.HTMLBodyElement, 'background'],
        [w.HTMLLinkElement, 'href'],
        [w.HTMLLinkElement, 'imageSrcset'],
        [w.HTMLSourceElement, 'src'],
        [w.HTMLObjectElement, 'data'],
        [w.HTMLEmbedElement, 'src'],
        [w.HTMLInputElement, 'src'],
        [w.HTMLMediaElement, 'src'],
        [w.HTMLVideoElement, 'poster'],
        [w.HTMLTrackElement, 'src'],
        [w.HTMLAnchorElement, 'ping'],
        [w.HTMLAreaElement, 'ping'],
        [w.HTMLMetaElement, 'content'],
        [w.HTMLScriptElement, 'type'],
      ] as const) {
        const attr = property.toLowerCase()
        patch.wrap(
          kind.prototype,
          property,
          (el, args) => {
            // Read once (as set above).
            const value = (args[0] = readOnce(args[0]))
            return attr == 'type' ? type(el, value) : load(el, value, attr)
          },
          undefined,
          'set',
        )
      }
      // new Audio(url) sets its src inside the constructor, where no setter runs: a held URL gets a
      // bare audio element (preload=auto, as the constructor sets), marked up like any held tag.
      const Audio = w.Audio
      let bare: HTMLAudioElement
      patch.wrap(
        w,
        'Audio',
        (_, args) => {
          if (args[0] === undefined) return false
          bare = new Audio()
          return rules.hold(bare, String((args[0] = readOnce(args[0]))), 'src', true)
        },
        () => bare,
      )
      const { Element, Node, Document, Attr } = w
      // setAttribute is the hottest call the gate sees: a wrapper of its own (patch.wrap's is shared
      // by every check). Its name is read once as its value is: what is checked is what is set.
      patch.around(
        Element.prototype,
        'setAttribute',
        (original) =>
          function (this: Element, name: unknown, value: unknown) {
            if (arguments.length < 2 || !patch.active()) return original.apply(this, arguments)
            try {
              value = pass(this, (name = String(name)) as string, value)
            } catch {
              // Fail closed, as patch.wrap's checks do.
              return
            }
            if (value != HELD) original.call(this, name, value)
          },
      )
      // With a namespace, the name may carry a prefix (xlink:href); null is the namespace of src and href.
      patch.wrap(Element.prototype, 'setAttributeNS', (el: Element, args) => {
        const value = pass(el, (args[1] = String(args[1])), args[2])
        return value == HELD || ((args[2] = value), false)
      })
      // An Attr node carries an attribute too: set on an element (setAttributeNode, setNamedItem on
      // its `attributes`), or given a value while on one, it passes the rules setAttribute does.
      const attrValue = Object.getOwnPropertyDescriptor(Attr.prototype, 'value')!.set!
      const adding = (el: Element | undefined, args: IArguments) => {
        const attr = args[0] as Attr
        if (!el || attr?.nodeType != 2) return false
        const value = pass(el, attr.name, attr.value)
        if (value != attr.value && value != HELD) attrValue.call(attr, value as string)
        return value == HELD
      }
      /** The element of each `attributes` map the page has read (no other way leads to one). */
      const maps = new WeakMap<NamedNodeMap, Element>()
      patch.wrap(
        Element.prototype,
        'attributes',
        () => false,
        undefined,
        'get',
        (el, _, map) => maps.set(map, el),
      )
      for (const [target, name] of [
        [Element.prototype, 'setAttributeNode'],
        [Element.prototype, 'setAttributeNodeNS'],
        [w.NamedNodeMap.prototype, 'setNamedItem'],
        [w.NamedNodeMap.prototype, 'setNamedItemNS'],
      ] as const)
        patch.wrap(
          target,
          name,
          (self, args) => adding(self.nodeType ? self : maps.get(self), args),
          () => null,
        )
      for (const [name, from] of [
        ['value', Attr.prototype],
        ['nodeValue', Node.prototype],
        ['textContent', Node.prototype],
      ] as const)
        patch.wrap(
          own(Attr.prototype, from, name),
          name,
          (attr: Attr, args) => attr.ownerElement && (args[0] = pass(attr.ownerElement, attr.name, args[0])) == HELD,
          undefined,
          'set',
        )
      observe(w.document)
      // A script's text set whole: a speculation-rules one's URLs (its own copies of the setters:
      // other elements' text costs nothing more).
      for (const [name, from] of [
        ['text', w.HTMLScriptElement.prototype],
        ['textContent', Node.prototype],
        ['innerText', w.HTMLElement.prototype],
        ['innerHTML', Element.prototype],
      ] as const)
        patch.wrap(own(w.HTMLScriptElement.prototype, from, name), name, () => false, undefined, 'set', styled)
      // Every shadow root, open or closed, is watched from its birth.
      patch.wrap(
        Element.prototype,
        'attachShadow',
        () => false,
        undefined,
        'value',
        (_, __, root: ShadowRoot) => {
          observe(root)
          clonable ||= root.clonable
        },
      )
      const copied = (_: unknown, __: IArguments, copy: Node) => clonable && roots(copy)
      patch.wrap(Node.prototype, 'cloneNode', () => false, undefined, 'value', copied)
      patch.wrap(Document.prototype, 'importNode', () => false, undefined, 'value', copied)
      // A frame inserted now can be reached at once through frames[i] or its name, with no getter
      // the gate could patch: when the count of frames changed, each is patched after the insertion.
      let frames = 0
      const inserted = (self?: Node) => {
        if (w.length != frames) for (let i = (frames = w.length); i--; ) rules.arm(w[i])
        framed(self, w)
        if (waiting.size) connecting()
      }
      // A node of another document starts loading when it is adopted, before any observer hears of
      // it: insertions and adoptions of foreign nodes are checked first, synchronously. Nodes of this
      // document (nearly every insertion) cost one comparison. Scripts of a document parsed by
      // DOMParser or parseHTMLUnsafe never run; others (template content) run when inserted, so
      // they are held.
      // A marked-up tag (the page's own, or one held earlier) inserted now is released at once when
      // its purpose is granted (htmx, PJAX and SPA routers insert them at any time): looked for
      // before the insertion, while a fragment still holds its children.
      // After the insertion: text put into a <style> is its CSS (styled), and only an insertion that
      // can bring a frame counts them, since counting walks the frame tree (a text node, or an
      // element with no element inside that is no frame, object or embed, cannot bring one).
      // These run on every insertion the page makes: one wrapper of their own (not patch.wrap's,
      // shared by every check), each node's getters read once, indexed loops over `arguments`. The
      // page's own realm keeps its document (document.open() keeps the object), read once here; a
      // frame's realm shows a new one after its first navigation, and the old one's nodes are foreign.
      const fixed = w == (globalThis as unknown) && w.document
      const fragments = w.DocumentFragment.prototype
      const insertion = (original: Function) =>
        function (this: Node) {
          /** 1: text came (a <style>'s CSS?); 2: a frame may have. */
          let after = 0
          if (patch.active())
            try {
              let doc = fixed
              /** False when inserting into a detached tree (a fragment a framework fills first):
               * no tag is released and no frame made there, and both are looked for when that tree
               * is inserted. A Range has no isConnected: it counts as live. A plain fragment is
               * never connected: told by its prototype, without a call into the DOM. No `this`
               * (a detached call) is left to the original, which throws as it would. */
              let live: boolean | undefined
              for (let i = 0; i < arguments.length; i++) {
                const node = arguments[i] as Element
                const type = node && node.nodeType
                if (type != 1) after |= 1
                const owner = type && node.ownerDocument
                if (!owner) continue
                if (owner != (doc ||= w.document) && !markedUp.has(owner) && node.querySelectorAll) {
                  const script = !unexecutable.has(owner)
                  if (type == 1) connected(node, script)
                  const inside = node.querySelectorAll(WATCHED)
                  for (let j = 0; j < inside.length; j++) connected(inside[j]!, script)
                  after |= 2
                } else {
                  const child = node.firstElementChild
                  /** A leaf element's name (scripts and frames among them). */
                  const name = type == 1 && !child && node.localName
                  if (name == 'script' && node.hasAttribute('type')) speculation(node)
                  if (
                    (live ??=
                      this == null || (Object.getPrototypeOf(this) != fragments && this.isConnected !== false)) &&
                    ((type == 1 && node.hasAttribute('data-sekisho')) ||
                      (child && node.querySelector(`[data-sekisho],${RULES}`)))
                  ) {
                    rules.schedule()
                    if (child) node.querySelectorAll(RULES).forEach(speculation)
                  }
                  if (child || type == 11 || CONTEXTS.has(name as string)) after |= live ? 2 : 4
                }
              }
            } catch {
              // Fail closed, as patch.wrap's checks do.
              return
            }
          const result = original.apply(this, arguments)
          if (after & 1) styled(this)
          if (after & 2) inserted(this)
          else {
            // Into a detached shadow tree (nothing else detached can get a window): kept for later.
            if (after & 4 && Object.getPrototypeOf(this) != fragments) framed(this, w)
            // An insertion that brings no frame may still connect a waiting root's host.
            if (waiting.size) connecting()
          }
          return result
        }
      // The commonest insertion of all, a framework filling a fragment with nodes of this document,
      // can neither load, release nor frame anything (a fragment is never connected; a
      // speculation-rules script in it is looked for when the fragment is inserted). A function of
      // its own, whose property reads see these nodes only: half the gate's cost in a long session.
      const appending = (original: Function) => {
        const general: Function = insertion(original)
        return function (this: Node, node: Node) {
          if (arguments.length != 1) return general.apply(this, arguments)
          return this != null &&
            Object.getPrototypeOf(this) == fragments &&
            node?.ownerDocument == (fixed || w.document)
            ? original.call(this, node)
            : general.call(this, node)
        }
      }
      patch.around(Node.prototype, 'appendChild', appending)
      // Setters that insert a node they are given: a table's caption, head and foot, document.body.
      for (const [target, name] of [
        [w.HTMLTableElement.prototype, 'caption'],
        [w.HTMLTableElement.prototype, 'tHead'],
        [w.HTMLTableElement.prototype, 'tFoot'],
        [Document.prototype, 'body'],
      ] as const)
        patch.around(target, name, insertion, 'set')
      // An XSLT transform builds its fragment in the document it is given, where its images load
      // and its scripts run on insertion: it is built in a document of its own and adopted into
      // the given one (checked as any adoption), the fragment the caller gets.
      const XSLT = (w as unknown as { XSLTProcessor?: typeof XSLTProcessor }).XSLTProcessor
      if (XSLT)
        patch.wrap(
          XSLT.prototype,
          'transformToFragment',
          (_, args) => {
            args[2] = args[1]
            args[1] = w.document.implementation.createHTMLDocument('')
            return false
          },
          undefined,
          'value',
          (_, args, fragment: DocumentFragment | null) => fragment && (args[2] as Document).adoptNode(fragment),
        )
      // A contenteditable's insertImage makes an <img> with no setter: a held URL is refused, as
      // a command that cannot run is (false).
      patch.wrap(
        Document.prototype,
        'execCommand',
        (_, args) =>
          /^insertimage$/i.test(args[0]) &&
          rules.hold(w.document.createElement('img'), String((args[2] = readOnce(args[2]))), 'src', true),
        () => false,
      )
      for (const [targets, names] of [
        [[Node.prototype], ['insertBefore', 'replaceChild']],
        [
          [Element.prototype, Document.prototype, w.DocumentFragment.prototype],
          ['append', 'prepend', 'replaceChildren'],
        ],
        [
          [Element.prototype, w.CharacterData.prototype],
          ['before', 'after', 'replaceWith'],
        ],
        [[Element.prototype], ['insertAdjacentElement']],
        [[Document.prototype], ['adoptNode', 'importNode']],
        [[w.Range.prototype], ['insertNode', 'surroundContents']],
      ] as const)
        for (const target of targets) for (const name of names) patch.around(target, name, insertion)
      return inserted
    },
  }
}
