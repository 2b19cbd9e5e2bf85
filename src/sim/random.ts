/**
 * A small seeded pseudo-random generator (mulberry32), so that every simulation is a pure
 * function of its scenario: the same seed gives the same bone, the same flow and the same leaks,
 * in Node and in the browser alike. Not for cryptography.
 */

/** A stream of uniform numbers in [0, 1). */
export interface Random {
  /** Next uniform number in [0, 1). */
  next(): number
  /** Next standard normal number (mean 0, SD 1), by Box–Muller. */
  normal(): number
}

/** A seeded stream; any integer seed (it is reduced to 32 bits). */
export function random(seed: number): Random {
  let a = (Math.trunc(seed) ^ 0x9e3779b9) >>> 0
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const normal = (): number => {
    // 1 - next() is in (0, 1], so the logarithm is finite.
    const u = 1 - next()
    const v = next()
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
  }
  return { next, normal }
}
