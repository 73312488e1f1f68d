// Wraps prototype methods and setters so that the gate can be uninstalled (tests) while
// wrappers other libraries stacked on ours keep working.

export interface Patcher {
  /** Replaces `target[name]` with `wrap(original)`, when the method exists. */
  method(target: object, name: string, wrap: (original: Function) => Function): void
  /** Replaces the setter of an accessor property, keeping its getter. */
  setter(target: object, name: string, wrap: (set: (this: any, value: any) => void) => (this: any, value: any) => void): void
  /** Restores each original whose slot still holds our wrapper. */
  undo(): void
}

export function createPatcher(): Patcher {
  const undos: Array<() => void> = []
  const replace = (target: object, name: string, key: 'value' | 'set', wrap: (original: any) => any) => {
    const descriptor = Object.getOwnPropertyDescriptor(target, name)
    const original = descriptor?.[key]
    if (typeof original != 'function') return
    const wrapper = wrap(original)
    Object.defineProperty(target, name, { ...descriptor, [key]: wrapper })
    undos.push(() => {
      if (Object.getOwnPropertyDescriptor(target, name)?.[key] === wrapper) Object.defineProperty(target, name, descriptor!)
    })
  }
  return {
    method: (target, name, wrap) => replace(target, name, 'value', wrap),
    setter: (target, name, wrap) => replace(target, name, 'set', wrap),
    undo() {
      while (undos.length) undos.pop()!()
    },
  }
}
