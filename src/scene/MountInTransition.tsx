import { type ReactNode, startTransition, useEffect, useState } from 'react'

/**
 * Renders its children from the second render on, as a transition: React then builds them in
 * slices of a few ms and lets the page paint and answer input between slices, where a plain
 * render built the whole scene (its React tree, geometry and three.js objects, ~130 ms on this
 * machine) in one long task.
 */
export function MountInTransition({ children }: { children: ReactNode }) {
  const [mounted, setMounted] = useState(false)
  useEffect(() => startTransition(() => setMounted(true)), [])
  return mounted ? children : null
}
