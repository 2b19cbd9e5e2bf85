import { describe, expect, it } from 'vitest'
import { LANDMARKS, landmarks } from '../../../src/anatomy/landmarks.ts'
import { vertebraField } from '../../../src/anatomy/vertebraField.ts'

describe('anatomy landmarks', () => {
  for (const level of ['T8', 'L1', 'L4'] as const) {
    it(`${level}: bony parts are labelled on bone, the canal and disc in the open`, () => {
      const points = landmarks(level)
      const field = vertebraField(level)
      for (const name of ['pedicle', 'lamina', 'spinous', 'transverse'] as const) {
        const [x, y, z] = points[name]
        expect(field.distance(x, y, z), `${name} inside bone`).toBeLessThan(0.5)
      }
      const [cx, cy, cz] = points.canal
      expect(field.distance(cx, cy, cz), 'canal is open').toBeGreaterThan(0)
      expect(points.spinous[2], 'spinous behind the lamina').toBeLessThan(points.lamina[2])
      expect(points.transverse[0], 'transverse process on the right, lateral to the pedicle').toBeLessThan(
        points.pedicle[0],
      )
      expect(Object.keys(points)).toEqual([...LANDMARKS])
    })
  }
})
