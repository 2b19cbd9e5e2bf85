import { PerspectiveCamera, Vector3 } from 'three'
import { describe, expect, it } from 'vitest'
import { layoutColumn } from '../../../src/anatomy/column.ts'
import { type LEVELS, levelDimensions } from '../../../src/anatomy/levels.ts'
import { CHAPTER_IDS } from '../../../src/playback/story.ts'
import { fitShot, freeSize, offsetToFreeArea, vertebraToWorld } from '../../../src/scene/fitShot.ts'
import { chapterPose, chapterShot, poseRad, type Shot, type Vec3 } from '../../../src/scene/shots.ts'
import { NO_INSETS, type ViewInsets } from '../../../src/state/sceneAccess.ts'

const FOV_DEG = 24
const LAPTOP = { width: 1280, height: 520 }
const PHONE = { width: 390, height: 420 }
const RAIL: ViewInsets = { ...NO_INSETS, left: 370 }

/** Where each corner of a shot's box lands on screen, px (the camera as CameraRig sets it up). */
function cornersOnScreen(shot: Shot, level: (typeof LEVELS)[number], view = LAPTOP, insets = RAIL) {
  const pivot = layoutColumn()[level]
  const { eye, target } = fitShot(shot, pivot, FOV_DEG, view, insets)
  const camera = new PerspectiveCamera(FOV_DEG, view.width / view.height, 5, 6000)
  offsetToFreeArea(camera, view, insets)
  camera.position.copy(eye)
  camera.lookAt(target)
  camera.updateMatrixWorld()
  const { boxMin: lo, boxMax: hi } = shot
  return Array.from({ length: 8 }, (_, i) => {
    const corner: Vec3 = [(i & 1 ? hi : lo)[0], (i & 2 ? hi : lo)[1], (i & 4 ? hi : lo)[2]]
    const p = vertebraToWorld(corner, pivot, poseRad(shot.pose), new Vector3()).project(camera)
    return { x: ((p.x + 1) / 2) * view.width, y: ((1 - p.y) / 2) * view.height }
  })
}

describe('fitting a chapter’s shot', () => {
  for (const level of ['T8', 'L1', 'L4'] as const)
    for (const chapter of CHAPTER_IDS) {
      const shot = chapterShot(chapter, levelDimensions(level))
      for (const [device, view] of [
        ['laptop', LAPTOP],
        ['phone', PHONE],
      ] as const) {
        const insets = device === 'laptop' ? RAIL : NO_INSETS
        it(`${level} ${chapter} on a ${device}: every corner of its box lies in the free area`, () => {
          for (const c of cornersOnScreen(shot, level, view, insets)) {
            expect(c.x).toBeGreaterThanOrEqual(insets.left - 0.5)
            expect(c.x).toBeLessThanOrEqual(view.width - insets.right + 0.5)
            expect(c.y).toBeGreaterThanOrEqual(insets.top - 0.5)
            expect(c.y).toBeLessThanOrEqual(view.height - insets.bottom + 0.5)
          }
        })
      }
    }

  it('comes as close as it can: a corner of the box reaches the free area’s margin', () => {
    const shot = chapterShot('cement', levelDimensions('L1'))
    const free = freeSize(LAPTOP, RAIL)
    const centre = { x: RAIL.left + free.width / 2, y: free.height / 2 }
    const reach = Math.max(
      ...cornersOnScreen(shot, 'L1').map((c) =>
        Math.max(Math.abs(c.x - centre.x) / (free.width / 2), Math.abs(c.y - centre.y) / (free.height / 2)),
      ),
    )
    expect(reach).toBeCloseTo(shot.fill, 2)
  })

  it('puts a box aligned to the start at the free area’s left edge, beside the words', () => {
    const shot = chapterShot('needle', levelDimensions('L1'))
    expect(shot.align).toBe('start')
    const left = Math.min(...cornersOnScreen(shot, 'L1').map((c) => c.x))
    const free = freeSize(LAPTOP, RAIL)
    expect(left - RAIL.left).toBeLessThan(free.width * (1 - shot.fill))
  })

  it('lays the patient face down only while the needles go in', () => {
    for (const chapter of CHAPTER_IDS)
      expect(chapterPose(chapter)).toBe(chapter === 'access' ? 'prone' : 'upright')
  })

  it('offsets the projection to the free area, and takes the offset away when nothing covers the view', () => {
    const camera = new PerspectiveCamera(FOV_DEG, 1, 5, 6000)
    offsetToFreeArea(camera, LAPTOP, RAIL)
    expect(camera.view?.enabled).toBe(true)
    expect(camera.view?.offsetX).toBe(-RAIL.left / 2)
    offsetToFreeArea(camera, LAPTOP, NO_INSETS)
    expect(camera.view?.enabled ?? false).toBe(false)
  })
})
