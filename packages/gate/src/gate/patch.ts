// One wrapper for every intercepted method, setter and constructor: the gate's check runs first
// and may hold the call; everything else reaches the original with its own `this` (or `new`
// target), arguments and return value.
// Wrappers stay in place after uninstall (they then pass through), so that wrappers other
// libraries stacked on ours keep working; undo restores the slots still holding ours.
// Wrappers look like the originals: same `name`, `length`, and `toString()` (the one
// Function.prototype.toString patch answers for every wrapper, itself included).

/** A window whose globals the gate patches: the page's own, or a same-origin frame's or popup's. */
export type Realm = Window & typeof globalThis

/** Runs before the original; may rewrite `args`. True holds the call. */
// biome-ignore lint/suspicious/noExplicitAny: `this` of any patched method, read by checks written for one kind
export type Check = (self: any, args: IArguments) => unknown
/** Answers a held call in the original's stead (for a constructor: the object `new` gives, or throws). */
// biome-ignore lint/suspicious/noExplicitAny: as Check
export type Answer = (self: any, args: IArguments) => unknown
/** Runs after the original (not after a held call), with what it returned. */
// biome-ignore lint/suspicious/noExplicitAny: as Check
export type After = (self: any, args: IArguments, result: any) => void

export interface Patcher {
  /** Wraps `target[name]`, or its setter (`key` 'set') or getter ('get'), when it exists. */
  wrap(target: object, name: string, check: Check, answer?: Answer, key?: 'value' | 'set' | 'get', after?: After): void
  /** Puts `make(original)` in the place of `target[name]` (or of its setter), looking like the
   * original and undone with the rest: for the hottest calls, whose wrapper does its own checks. */
  around(target: object, name: string, make: (original: Function) => Function, key?: 'value' | 'set' | 'get'): void
  /** False once the gate is uninstalled: a wrapper then only passes the call on. */
  active(): boolean
  undo(): void
}

/** Wrapper → original, for the toString patch. One per realm's Function.prototype. */
const originals = new WeakMap<object, object>()

/** Makes `fake` answer toString as `original` does, in the realm of `fn` (its Function.prototype). */
function disguise(fake: object, original: object, fn: Function): void {
  originals.set(fake, original)
  const proto = Object.getPrototypeOf(fn) as { toString: () => string }
  if (originals.has(proto.toString)) return
  const native = proto.toString
  // Stryker disable ObjectLiteral,BooleanLiteral: killed in a fresh page (install-gate.test.ts under
  // @web/test-runner); Karma runs every test file in one page, whose toString the first gate disguised
  const patched = {
    toString(this: object) {
      return native.call(originals.get(this) ?? this)
    },
  }.toString
  originals.set(patched, native)
  Object.defineProperty(proto, 'toString', { value: patched, writable: true, configurable: true })
  // Stryker restore ObjectLiteral,BooleanLiteral
}

/** Gives `target` its own copy of the accessor `name` it inherits from `from`, so that a wrapper on
 * it costs only `target`'s kind (a <style>'s textContent, not every node's). */
export function own(target: object, from: object, name: string): object {
  if (!Object.hasOwn(target, name)) Object.defineProperty(target, name, Object.getOwnPropertyDescriptor(from, name)!)
  return target
}

export function createPatcher(active: () => boolean): Patcher {
  const undos: Array<() => void> = []
  const around: Patcher['around'] = (target, name, make, key = 'value') => {
    const descriptor = Object.getOwnPropertyDescriptor(target, name)
    // Stryker disable next-line OptionalChaining: Chromium has every property patched; other engines lack some
    const original = descriptor?.[key]
    if (typeof original != 'function') return
    const wrapper = make(original)
    Object.defineProperty(wrapper, 'name', { value: original.name })
    Object.defineProperty(wrapper, 'length', { value: original.length })
    // Constructors (WebSocket, Worker) are put behind a Proxy, which keeps their prototype,
    // statics and `instanceof`, and constructs through the wrapper: a held call gets its answer.
    const proxy =
      /^[A-Z]/.test(name) &&
      new Proxy(original, { construct: (_, args, newTarget) => Reflect.construct(wrapper, args, newTarget) })
    const fake = proxy || wrapper
    disguise(fake, original, original)
    Object.defineProperty(target, name, { ...descriptor, [key]: fake })
    undos.push(() => {
      try {
        if (Object.getOwnPropertyDescriptor(target, name)?.[key] == fake)
          Object.defineProperty(target, name, descriptor!)
      } catch {
        // A frame's window that navigated to another origin since: that realm is gone.
      }
    })
  }
  return {
    // Every wrapper made here is one function literal, so its call sites see every check and
    // original (megamorphic): `around` gives the hottest calls a literal of their own.
    wrap(target, name, check, answer, key = 'value', after) {
      around(
        target,
        name,
        (original) =>
          // Methods and setters get a plain function, the fastest to call.
          function (this: unknown) {
            let held
            try {
              held = active() && check(this, arguments)
            } catch {
              // A URL that cannot be read (its toString throws) is held: fail closed. Nothing of
              // the page's own reaches the original through a failed check.
              held = true
            }
            if (held) return answer?.(this, arguments)
            const result = new.target
              ? Reflect.construct(original, arguments, new.target)
              : original.apply(this, arguments)
            if (after) after(this, arguments, result)
            return result
          },
        key,
      )
    },
    around,
    active,
    undo() {
      while (undos.length) undos.pop()!()
    },
  }
}
