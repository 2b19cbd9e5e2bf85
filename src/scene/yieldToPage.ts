/**
 * Resolves in a later task, so that work after it does not lengthen the task before: the page can
 * paint and answer input in between. `scheduler.yield()` where the browser has it (it resumes
 * ahead of other queued work), else a zero-delay timer.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0))
}
