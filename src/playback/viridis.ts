/**
 * The viridis colour map (van der Walt & Smith, matplotlib 2015): perceptually uniform and readable
 * with every common form of colour blindness, and in greyscale. Sampled at nine stops, linear between.
 */
const STOPS: ReadonlyArray<readonly [number, number, number]> = [
  [0.267, 0.005, 0.329],
  [0.283, 0.141, 0.458],
  [0.254, 0.265, 0.53],
  [0.207, 0.372, 0.553],
  [0.164, 0.471, 0.558],
  [0.128, 0.567, 0.551],
  [0.135, 0.659, 0.518],
  [0.267, 0.749, 0.441],
  [0.478, 0.821, 0.318],
  [0.741, 0.873, 0.15],
  [0.993, 0.906, 0.144],
]

/** Colour at `t` in 0–1 (clamped), as linear 0–1 RGB written into `out`. */
export function viridis(t: number, out: [number, number, number] = [0, 0, 0]): [number, number, number] {
  const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (STOPS.length - 1)
  const i = Math.min(STOPS.length - 2, Math.floor(x))
  const f = x - i
  const a = STOPS[i] as readonly [number, number, number]
  const b = STOPS[i + 1] as readonly [number, number, number]
  out[0] = a[0] + (b[0] - a[0]) * f
  out[1] = a[1] + (b[1] - a[1]) * f
  out[2] = a[2] + (b[2] - a[2]) * f
  return out
}

/** CSS gradient of the map, for legends. */
export function viridisCss(): string {
  const to = (c: number) => Math.round(c * 255)
  return `linear-gradient(to right, ${STOPS.map((s, i) => `rgb(${to(s[0])} ${to(s[1])} ${to(s[2])}) ${Math.round((100 * i) / (STOPS.length - 1))}%`).join(', ')})`
}
