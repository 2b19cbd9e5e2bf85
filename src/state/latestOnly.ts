/**
 * Runs jobs in a Web Worker, newest input only: a request waits for a quiet `debounceMs`, one job
 * runs at a time (a run cannot be interrupted), and when it answers only the newest input is
 * posted next; replies to older inputs are dropped. A worker that errors is let go and the next
 * job gets a fresh one. DOM-free but for the default Worker, so Node tests drive it with a fake.
 */

/** The part of a `Worker` the runner uses. */
export interface JobWorker<Message, Reply> {
  postMessage(message: Message & { id: number }): void
  terminate(): void
  onmessage: ((event: MessageEvent<Reply & { id: number }>) => void) | null
  /** A failed load fires a plain `Event`, without `message`. */
  onerror: ((event: ErrorEvent) => void) | null
}

export interface LatestOnlyOptions<Message, Reply> {
  createWorker(): JobWorker<Message, Reply>
  debounceMs: number
  /** The newest input's reply arrived. */
  onReply(reply: Reply): void
  /** The newest input's run failed; `reason` is the worker's message. */
  onError(reason: string): void
}

export interface LatestOnly<Message> {
  /** Runs `message` after the quiet time (at once with `now`), replacing any input not yet posted. */
  request(message: Message, now?: boolean): void
  stop(): void
}

export function latestOnly<Message, Reply>(options: LatestOnlyOptions<Message, Reply>): LatestOnly<Message> {
  let worker: JobWorker<Message, Reply> | null = null
  let latest = 0 // id of the newest input
  let pending: Message | null = null
  let running = 0 // id the worker is running; 0 while idle
  let timer: ReturnType<typeof setTimeout> | undefined
  let stopped = false

  const post = () => {
    timer = undefined
    if (running !== 0 || pending === null || stopped) return
    running = latest
    worker ??= connect()
    worker.postMessage({ ...pending, id: latest })
    pending = null
  }
  const answered = () => {
    running = 0
    // A newer input waits: post it now, unless the debounce will.
    if (pending !== null && timer === undefined) post()
  }
  const connect = (): JobWorker<Message, Reply> => {
    const w = options.createWorker()
    w.onmessage = ({ data }) => {
      if (worker !== w || stopped) return // a worker already let go of
      if (data.id === latest) options.onReply(data)
      answered()
    }
    w.onerror = (event) => {
      event.preventDefault() // handled here, not also an uncaught error in the page
      if (worker !== w || stopped) return
      // A worker that failed to load never answers: the next job gets a fresh one.
      w.terminate()
      worker = null
      if (running === latest) options.onError(event.message || 'its script did not load')
      if (running !== 0) answered()
    }
    return w
  }
  return {
    request(message, now = false) {
      latest++
      pending = message
      clearTimeout(timer)
      if (now) post()
      else timer = setTimeout(post, options.debounceMs)
    },
    stop() {
      stopped = true
      clearTimeout(timer)
      worker?.terminate()
      worker = null
    },
  }
}
