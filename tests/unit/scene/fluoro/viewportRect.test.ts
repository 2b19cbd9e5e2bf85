import { describe, expect, it } from 'vitest'
import { viewportRect } from '../../../../src/scene/fluoro/viewportRect.ts'

const CANVAS = { left: 0, top: 60, right: 1280, bottom: 580 }

describe('viewportRect', () => {
  it('measures an element over the canvas from the canvas’s lower left', () => {
    expect(viewportRect({ left: 1080, top: 370, right: 1264, bottom: 554 }, CANVAS)).toEqual({
      x: 1080,
      y: 26,
      width: 184,
      height: 184,
    })
  })

  it('clips to the canvas, and says when nothing of the element is over it', () => {
    expect(viewportRect({ left: 1200, top: 500, right: 1400, bottom: 700 }, CANVAS)).toEqual({
      x: 1200,
      y: 0,
      width: 80,
      height: 80,
    })
    expect(viewportRect({ left: 0, top: 600, right: 100, bottom: 700 }, CANVAS)).toBeNull()
  })
})
