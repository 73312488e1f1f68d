// Axis scaling for the decisions chart: a round maximum and evenly spaced whole-number ticks.

export interface Scale {
  /** Top of the axis, >= the largest value, a multiple of `step`. */
  max: number
  step: number
  /** 0, step, 2·step, … max. */
  ticks: number[]
}

/** A "nice" axis for counts up to `largest` with about `count` intervals (steps of 1, 2 or 5 × 10ⁿ). */
export function niceScale(largest: number, count = 4): Scale {
  if (!(largest > 0)) return { max: 1, step: 1, ticks: [0, 1] }
  const rough = largest / count
  const magnitude = 10 ** Math.floor(Math.log10(rough))
  const fraction = rough / magnitude
  // Counts are whole numbers: never a step below 1.
  const step = Math.max(1, (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * magnitude)
  const max = Math.ceil(largest / step) * step
  const ticks: number[] = []
  for (let t = 0; t <= max; t += step) ticks.push(t)
  return { max, step, ticks }
}

/** Every how many days to print a date under the bars so that at most `room` labels show. */
export function labelEvery(days: number, room = 8): number {
  return Math.max(1, Math.ceil(days / room))
}
