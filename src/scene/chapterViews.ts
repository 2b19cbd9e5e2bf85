/**
 * Where the camera goes in each chapter, as an eye and a target in the fractured vertebra's frame
 * (mm; +x the patient's left, +y cranial, +z anterior), and how the patient lies: upright for the
 * fracture, face down on the table for the procedure, as in the operating room.
 */
import type { ChapterId } from '../playback/story.ts'

export interface ChapterView {
  eye: readonly [number, number, number]
  target: readonly [number, number, number]
}

/** The patient's rotation about +x: 0 standing; π/2 lying face down (the back up). */
export const UPRIGHT_RAD = 0
export const PRONE_RAD = Math.PI / 2

export function patientRotationRad(chapter: ChapterId): number {
  return chapter === 'fracture' ? UPRIGHT_RAD : PRONE_RAD
}

/**
 * From the patient's right (−x), as a lateral X-ray sees the spine; closer as the work goes inside
 * the body. Inside the body the eye is a little anterior (below the table's level, looking up), so the
 * neighbours' transverse processes, nearer the camera, stand above the body rather than over it.
 */
export const CHAPTER_VIEWS: Record<ChapterId, ChapterView> = {
  // The broken bone from the side, its neighbours above and below for comparison.
  fracture: { eye: [-235, 8, 50], target: [0, -18, 4] },
  // From above and to the side: the back, the cuts and both needles going in.
  access: { eye: [-300, 50, -150], target: [0, 0, -45] },
  needle: { eye: [-215, 25, 25], target: [0, 0, -14] },
  balloon: { eye: [-180, 15, 45], target: [0, 0, -6] },
  cavity: { eye: [-180, 15, 45], target: [0, 0, -6] },
  cement: { eye: [-175, 15, 45], target: [0, 0, -6] },
  result: { eye: [-200, 45, 70], target: [0, 0, -4] },
}

/** The cut-away's views: square onto the cut face (from the right for a sagittal cut, from above for an axial one). */
export const CUT_VIEWS: Record<'sagittal' | 'axial', ChapterView> = {
  sagittal: { eye: [-230, 25, 15], target: [0, 0, -8] },
  axial: { eye: [-70, 240, -30], target: [0, 0, -12] },
}
