// Wraps prototype methods and setters so that they can be undone and never throw from our side.

export interface Patcher {
  /** Replaces `target[name]` with `wrap(original)`; skipped when the method does not exist. */
  method<T extends object>(target: T, name: string, wrap: (original: Function) => Function): void
  /** Replaces the setter of an accessor property, keeping its getter. */
  setter(target: object, name: string, wrap: (original: (this: any, value: any) => void) => (this: any, value: any) => void): void
  /** Restores what is still ours; wrappers another library stacked on ours keep working. */
  undo(): void
}

export function createPatcher(): Patcher {
  const undos: Array<() => void> = []
  return {
    method(target, name, wrap) {
      const t = target as Record<string, unknown>
      const original = t[name]
      if (typeof original !== 'function') return
      const wrapper = wrap(original)
      t[name] = wrapper
      undos.push(() => {
        if (t[name] === wrapper) t[name] = original
      })
    },
    setter(target, name, wrap) {
      const descriptor = Object.getOwnPropertyDescriptor(target, name)
      if (!descriptor || !descriptor.set) return
      const set = wrap(descriptor.set)
      Object.defineProperty(target, name, { ...descriptor, set })
      undos.push(() => {
        if (Object.getOwnPropertyDescriptor(target, name)?.set === set) Object.defineProperty(target, name, descriptor)
      })
    },
    undo() {
      while (undos.length) undos.pop()!()
    },
  }
}
