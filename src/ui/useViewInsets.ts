/**
 * Measures what lies over the 3D view — the caption and the educator's figures down its left, the
 * cut-away's controls at its foot — and tells the scene (`sceneAccess.insets`), which frames each
 * chapter's subject in the rest, so words never cover the action. An element takes part by
 * carrying `data-over-view`; it counts against the edge it costs the least to give up (a card at
 * the left takes a column, a bar at the foot a row). Laid out beside or under the view instead (a
 * phone puts the caption under it), it covers nothing and counts for nothing.
 */
import { type RefObject, useEffect } from 'react'
import { sceneAccess, setViewInsets, type ViewInsets } from '../state/sceneAccess.ts'

type Edge = keyof ViewInsets

/** How far the overlays reach in from each edge of `view`, px. */
export function measureInsets(view: DOMRect, overlays: Iterable<DOMRect>): ViewInsets {
  const insets: ViewInsets = { top: 0, right: 0, bottom: 0, left: 0 }
  for (const r of overlays) {
    if (r.width === 0 || r.height === 0) continue
    // Only what actually lies over the view.
    if (r.right <= view.left || r.left >= view.right || r.bottom <= view.top || r.top >= view.bottom) continue
    const reach: Record<Edge, number> = {
      top: r.bottom - view.top,
      bottom: view.bottom - r.top,
      left: r.right - view.left,
      right: view.right - r.left,
    }
    const lost = (edge: Edge) =>
      reach[edge] * (edge === 'top' || edge === 'bottom' ? view.width : view.height)
    const edge = (Object.keys(reach) as Edge[]).reduce((a, b) => (lost(b) < lost(a) ? b : a))
    insets[edge] = Math.max(insets[edge], Math.round(reach[edge]))
  }
  return insets
}

/** Keeps `sceneAccess.insets` up to date for the view inside `stage` while it is mounted. */
export function useViewInsets(stage: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = stage.current
    if (!root) return
    const overlays = () => root.querySelectorAll<HTMLElement>('[data-over-view]')
    const measure = () => {
      const view = root.querySelector('.view')?.getBoundingClientRect()
      const shown = [...overlays()].filter((o) => !o.hidden).map((o) => o.getBoundingClientRect())
      if (view) setViewInsets(sceneAccess, measureInsets(view, shown))
    }
    const sizes = new ResizeObserver(measure)
    const watch = () => {
      sizes.disconnect()
      sizes.observe(root)
      for (const o of overlays()) sizes.observe(o)
      measure()
    }
    // Overlays come and go (figures, the cut-away's controls) and are hidden or shown (captions off).
    const changes = new MutationObserver(watch)
    changes.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden'] })
    watch()
    return () => {
      sizes.disconnect()
      changes.disconnect()
    }
  }, [stage])
}
