/** A keyframed value over procedure time, read by linear interpolation. */
export interface Track {
  /** Keyframe times, s, non-decreasing. */
  timeS: Float32Array
  value: Float32Array
}

/** A track from [timeS, value] pairs. */
export function track(points: ReadonlyArray<readonly [number, number]>): Track {
  return { timeS: Float32Array.from(points, (p) => p[0]), value: Float32Array.from(points, (p) => p[1]) }
}

/** Value at `timeS`: held at the first value before the first key and at the last after the last. */
export function sampleTrack(t: Track, timeS: number): number {
  const n = t.timeS.length
  if (n === 0) return 0
  if (!(timeS > (t.timeS[0] as number))) return t.value[0] as number
  if (timeS >= (t.timeS[n - 1] as number)) return t.value[n - 1] as number
  // Binary search for the last key at or before timeS.
  let lo = 0
  let hi = n - 1
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1
    if ((t.timeS[mid] as number) <= timeS) lo = mid
    else hi = mid
  }
  const t0 = t.timeS[lo] as number
  const t1 = t.timeS[hi] as number
  const v0 = t.value[lo] as number
  const v1 = t.value[hi] as number
  return t1 > t0 ? v0 + ((v1 - v0) * (timeS - t0)) / (t1 - t0) : v1
}
