import { describe, expect, it } from 'vitest'
import { measureInsets } from '../../../src/ui/useViewInsets.ts'

const rect = (x: number, y: number, width: number, height: number) =>
  ({ x, y, width, height, left: x, top: y, right: x + width, bottom: y + height }) as DOMRect
const VIEW = rect(0, 60, 1280, 520)

describe('what lies over the view', () => {
  it('takes a column for the rail’s caption at the left, as far as it reaches', () => {
    const caption = rect(12, 380, 358, 188)
    const readout = rect(12, 72, 240, 60)
    expect(
      measureInsets(VIEW, [
        { edge: 'left', rect: caption },
        { edge: 'left', rect: readout },
      ]),
    ).toEqual({ top: 0, right: 0, bottom: 0, left: 370 })
  })

  it('takes a row when a column is stretched across the view (a compact embed’s caption)', () => {
    const small = rect(0, 0, 640, 300)
    const caption = rect(6, 240, 628, 54)
    expect(measureInsets(small, [{ edge: 'left', rect: caption }])).toEqual({
      top: 0,
      right: 0,
      bottom: 60,
      left: 0,
    })
  })

  it('counts nothing for what lies beside or under the view (a phone’s caption), or is empty', () => {
    const under = rect(0, 600, 390, 120)
    const empty = rect(10, 100, 0, 0)
    expect(
      measureInsets(VIEW, [
        { edge: 'left', rect: under },
        { edge: 'bottom', rect: empty },
      ]),
    ).toEqual({ top: 0, right: 0, bottom: 0, left: 0 })
  })

  it('takes a row at the foot for a bar declared there', () => {
    const bar = rect(700, 520, 560, 50)
    expect(measureInsets(VIEW, [{ edge: 'bottom', rect: bar }]).bottom).toBe(60)
  })
})
