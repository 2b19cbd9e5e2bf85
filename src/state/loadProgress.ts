/**
 * How many of the files the view waits for have arrived, for the page's progress bar: the scene's
 * loader counts each model it starts and finishes (failed ones too), the UI subscribes. A tiny
 * observable rather than store state: it changes only while loading, and nothing else reads it.
 */
export interface LoadProgress {
  loaded: number
  total: number
}

export interface LoadTracker {
  /** The current counts (a new object after each change, for `useSyncExternalStore`). */
  get(): LoadProgress
  subscribe(listener: () => void): () => void
  started(): void
  finished(): void
}

export function createLoadTracker(): LoadTracker {
  let progress: LoadProgress = { loaded: 0, total: 0 }
  const listeners = new Set<() => void>()
  const set = (next: LoadProgress) => {
    progress = next
    for (const listener of listeners) listener()
  }
  return {
    get: () => progress,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    started: () => set({ ...progress, total: progress.total + 1 }),
    finished: () => set({ ...progress, loaded: progress.loaded + 1 }),
  }
}

/** The app's models. */
export const modelLoad = createLoadTracker()
