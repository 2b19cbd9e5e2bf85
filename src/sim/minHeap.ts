/**
 * A binary min-heap of cell indices keyed by a number: the advancing cement front, cheapest
 * cell first. Ties are broken by insertion order so that runs are deterministic.
 */
export interface MinHeap {
  readonly size: number
  push(value: number, key: number): void
  /** Remove and return the value with the smallest key; −1 when empty. */
  pop(): number
  /** Smallest key, or +∞ when empty. */
  peekKey(): number
}

/** An empty heap that grows as needed. */
export function minHeap(capacity = 1024): MinHeap {
  let keys = new Float64Array(capacity)
  let order = new Float64Array(capacity)
  let values = new Int32Array(capacity)
  let size = 0
  let counter = 0
  const less = (a: number, b: number) =>
    (keys[a] as number) < (keys[b] as number) ||
    (keys[a] === keys[b] && (order[a] as number) < (order[b] as number))
  const swap = (a: number, b: number) => {
    const k = keys[a] as number
    keys[a] = keys[b] as number
    keys[b] = k
    const o = order[a] as number
    order[a] = order[b] as number
    order[b] = o
    const v = values[a] as number
    values[a] = values[b] as number
    values[b] = v
  }
  return {
    get size() {
      return size
    },
    push(value, key) {
      if (size === keys.length) {
        const grow = <T extends Float64Array | Int32Array>(a: T, b: T): T => {
          b.set(a)
          return b
        }
        keys = grow(keys, new Float64Array(size * 2))
        order = grow(order, new Float64Array(size * 2))
        values = grow(values, new Int32Array(size * 2))
      }
      let i = size++
      keys[i] = key
      order[i] = counter++
      values[i] = value
      while (i > 0) {
        const parent = (i - 1) >> 1
        if (!less(i, parent)) break
        swap(i, parent)
        i = parent
      }
    },
    pop() {
      if (size === 0) return -1
      const top = values[0] as number
      size--
      if (size > 0) {
        swap(0, size)
        let i = 0
        for (;;) {
          const l = 2 * i + 1
          const r = l + 1
          let m = i
          if (l < size && less(l, m)) m = l
          if (r < size && less(r, m)) m = r
          if (m === i) break
          swap(i, m)
          i = m
        }
      }
      return top
    },
    peekKey() {
      return size > 0 ? (keys[0] as number) : Number.POSITIVE_INFINITY
    },
  }
}
