/**
 * Measures what lies over the 3D view — the caption and the educator's figures down its left, the
 * cut-away's controls at its foot — and tells the scene (`sceneAccess.insets`), which frames each
 * chapter's subject in the rest, so words never cover the action. An element takes part by
 * `data-over-view="left"` (or right, top, bottom): the edge it stands along, whose column or row it
 * takes from the picture. Where the layout stretches it across most of the view instead (a compact
 * embed puts the caption along the foot), it takes the row at the nearer end. Laid out beside or
 * under the view (a phone puts the caption under it), it covers nothing and counts for nothing.
 */
import { type RefObject, useEffect } from 'react'
import { sceneAccess, setViewInsets, type ViewInsets } from '../state/sceneAccess.ts'

type Edge = keyof ViewInsets

/** A column wider than this share of the view (or a row taller) is not one: it takes a row (column). */
const WIDE = 0.6
const EDGES: readonly string[] = ['top', 'right', 'bottom', 'left']

/** How far the overlays reach in from each edge of `view`, px. */
export function measureInsets(view: DOMRect, overlays: Iterable<{ edge: Edge; rect: DOMRect }>): ViewInsets {
  const insets: ViewInsets = { top: 0, right: 0, bottom: 0, left: 0 }
  for (const { edge: declared, rect: r } of overlays) {
    if (r.width === 0 || r.height === 0) continue
    // Only what actually lies over the view.
    if (r.right <= view.left || r.left >= view.right || r.bottom <= view.top || r.top >= view.bottom) continue
    const reach: Record<Edge, number> = {
      top: r.bottom - view.top,
      bottom: view.bottom - r.top,
      left: r.right - view.left,
      right: view.right - r.left,
    }
    const column = declared === 'left' || declared === 'right'
    const spans = column ? r.width > WIDE * view.width : r.height > WIDE * view.height
    const edge: Edge = !spans
      ? declared
      : column
        ? reach.top < reach.bottom
          ? 'top'
          : 'bottom'
        : reach.left < reach.right
          ? 'left'
          : 'right'
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
      const shown = [...overlays()]
        .filter((o) => !o.hidden && EDGES.includes(o.dataset.overView ?? ''))
        .map((o) => ({ edge: o.dataset.overView as Edge, rect: o.getBoundingClientRect() }))
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
