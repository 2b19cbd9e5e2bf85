import { describe, expect, it } from 'vitest'
import { LEVELS } from '../../../src/anatomy/levels.ts'
import { columnModels } from '../../../src/scene/boneModels.ts'
import { createLoadTracker } from '../../../src/state/loadProgress.ts'

describe('columnModels', () => {
  it('starts at the fracture and moves outward, one level at a time', () => {
    expect(columnModels('T8', false).slice(0, 5)).toEqual(['T8', 'T7', 'T9', 'T6', 'T10'])
  })
  it('is every level and the sacrum once, the ribs last and only when shown', () => {
    const parts = columnModels('L3', false)
    expect([...parts].sort()).toEqual([...LEVELS, 'S'].sort())
    const withRibs = columnModels('L3', true)
    expect(withRibs).toHaveLength(LEVELS.length + 1 + 12)
    expect(withRibs.slice(-12).every((p) => p.endsWith('-ribs'))).toBe(true)
  })
})

describe('createLoadTracker', () => {
  it('counts started and finished loads and tells its listeners', () => {
    const tracker = createLoadTracker()
    const seen: string[] = []
    const stop = tracker.subscribe(() => seen.push(`${tracker.get().loaded}/${tracker.get().total}`))
    tracker.started()
    tracker.started()
    tracker.finished()
    stop()
    tracker.finished()
    expect(seen).toEqual(['0/1', '0/2', '1/2'])
    expect(tracker.get()).toEqual({ loaded: 2, total: 2 })
  })
})
