// One wrapper for every intercepted method, setter and constructor: the gate's check runs first
// and may hold the call; everything else reaches the original with its own `this` (or `new`
// target), arguments and return value.
// Wrappers stay in place after uninstall (they then pass through), so that wrappers other
// libraries stacked on ours keep working; undo restores the slots still holding ours.

/** Runs before the original; may rewrite `args`. True holds the call. */
export type Check = (self: any, args: IArguments) => unknown
/** Answers a held call in the original's stead (for a constructor: the object `new` gives, or throws). */
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
      const held = (self: unknown, args: IArguments) => {
        try {
          return active() && check(self, args)
        } catch {
          // A failing check must never break the page's own code.
        }
      }
      // Constructors (WebSocket, Worker) get a Proxy: it keeps their prototype, statics and
      // `instanceof`. Methods and setters get a plain function, which calls faster.
      const wrapper = /^[A-Z]/.test(name)
        ? new Proxy(original, {
            construct: (target, args, newTarget) =>
              held(0, args as never) ? answer!(0, args as never) : Reflect.construct(target, args, newTarget),
          })
        : function (this: unknown) {
            return held(this, arguments) ? answer?.(this, arguments) : original.apply(this, arguments)
          }
      Object.defineProperty(target, name, { ...descriptor, [key]: wrapper })
      undos.push(() => {
        if (Object.getOwnPropertyDescriptor(target, name)?.[key] == wrapper) Object.defineProperty(target, name, descriptor!)
      })
    },
    undo() {
      while (undos.length) undos.pop()!()
    },
  }
}
