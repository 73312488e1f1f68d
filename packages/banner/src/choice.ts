// What a choice is recorded with, from either layer: the wording shown when it was made.

/** The wording as rendered in `layer` (closed service rows are not shown); class `t` marks it. */
export const shownText = (layer: Element): string =>
  [...layer.querySelectorAll<HTMLElement>('.t')].map((e) => e.innerText.trim()).join('\n')
