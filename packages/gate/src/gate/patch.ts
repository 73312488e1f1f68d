// One wrapper for every intercepted method, setter and constructor: the gate's check runs first
// and may hold the call; everything else reaches the original with its own `this` (or `new`
// target), arguments and return value.
// Wrappers stay in place after uninstall (they then pass through), so that wrappers other
// libraries stacked on ours keep working; undo restores the slots still holding ours.

/** Runs before the original; may rewrite `args`. True holds the call. */
// biome-ignore lint/suspicious/noExplicitAny: `this` of any patched method, read by checks written for one kind
export type Check = (self: any, args: IArguments) => unknown
/** Answers a held call in the original's stead (for a constructor: the object `new` gives, or throws). */
// biome-ignore lint/suspicious/noExplicitAny: as Check
export type Answer = (self: any, args: IArguments) => unknown

export interface Patcher {
  /** Wraps `target[name]`, or its setter with `key` 'set', when it exists. */
  wrap(target: object, name: string, check: Check, answer?: Answer, key?: 'value' | 'set'): void
  undo(): void
}

export function createPatcher(active: () => boolean): Patcher {
  const undos: Array<() => void> = []
  return {
    wrap(target, name, check, answer, key = 'value') {
      const descriptor = Object.getOwnPropertyDescriptor(target, name)
      const original = descriptor?.[key]
      if (typeof original != 'function') return
      // Methods and setters get a plain function, the fastest to call: setAttribute is hot.
      const wrapper = function (this: unknown) {
        let held
        try {
          held = active() && check(this, arguments)
        } catch {
          // A failing check must never break the page's own code.
        }
        return held
          ? answer?.(this, arguments)
          : new.target
            ? Reflect.construct(original, arguments, new.target)
            : original.apply(this, arguments)
      }
      // Constructors (WebSocket, Worker) are put behind a Proxy, which keeps their prototype,
      // statics and `instanceof`, and constructs through the wrapper: a held call gets its answer.
      const proxy =
        /^[A-Z]/.test(name) &&
        new Proxy(original, { construct: (_, args, newTarget) => Reflect.construct(wrapper, args, newTarget) })
      Object.defineProperty(target, name, { ...descriptor, [key]: proxy || wrapper })
      undos.push(() => {
        if (Object.getOwnPropertyDescriptor(target, name)?.[key] == (proxy || wrapper))
          Object.defineProperty(target, name, descriptor!)
      })
    },
    undo() {
      while (undos.length) undos.pop()!()
    },
  }
}
