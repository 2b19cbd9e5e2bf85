import { describe, expect, it } from 'vitest'
import { heightDiagram } from '../../../src/playback/heightDiagram.ts'

const wedge = { anterior: 16, middle: 20, posterior: 26 }

describe('the height diagram', () => {
  it('draws each bar as long as its height, where a radiograph measures it', () => {
    const d = heightDiagram(wedge, 33)
    const bars = [0, 2, 4].map((i) => [d.segments[i], d.segments[i + 1]])
    expect(bars.map(([a, b]) => (b?.[1] as number) - (a?.[1] as number))).toEqual([16, 20, 26])
    expect(bars.map(([a]) => a?.[2])).toEqual([12.5, 0, -12.5])
  })

  it('opens the angle between the endplates by the simulation’s kyphotic angle', () => {
    const d = heightDiagram(wedge, 33)
    expect(d.angleDeg).toBeCloseTo((Math.atan(10 / 25) * 180) / Math.PI)
    const [[corner, upperEnd], [, lowerEnd]] = d.arms
    const angle = (p: number[]) => Math.atan2((p[1] as number) - corner[1], (p[2] as number) - corner[2])
    const drawn = ((angle(lowerEnd) - angle(upperEnd)) * 180) / Math.PI
    expect(drawn, 'drawn within half a degree of the figure').toBeCloseTo(d.angleDeg, 0)
  })

  it('shows no angle for a body of even height', () => {
    expect(heightDiagram({ anterior: 25, middle: 25, posterior: 25 }, 33).angleDeg).toBe(0)
  })
})
