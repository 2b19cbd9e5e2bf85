/**
 * The director's cut: for each chapter, how the patient lies and what the camera must show, as a
 * medical animator frames it. The fracture chapter keeps the column in context; the access
 * chapter looks down on the back of the patient lying face down, where the needles go in; from the
 * needle on, the broken vertebra fills the picture, seen from the patient's left as lateral
 * radiographs are read, head up (the anatomical view: the same way round as the fracture chapter, so a viewer
 * recognises the bone), the needle coming in from behind.
 *
 * A shot is a direction and a box (the fractured vertebra's frame, mm; +x the patient's left, +y
 * cranial, +z anterior) that `fitShot.ts` fits into the part of the view nothing covers, so the
 * same shot frames a wide laptop window and a tall phone alike.
 */
import type { VertebraDimensions } from '../anatomy/levels.ts'
import type { ChapterId } from '../playback/story.ts'

export type Vec3 = readonly [number, number, number]

/** How the patient lies: standing (the anatomical view) or face down on the table. */
export type Pose = 'upright' | 'prone'

export interface Shot {
  pose: Pose
  /** From the subject towards the eye, vertebra frame (any length). */
  towardsEye: Vec3
  /** What must be in the picture, vertebra frame, mm: its centre is put at the centre of the free area. */
  boxMin: Vec3
  boxMax: Vec3
  /** Share of the free area's width and height the box may take (the rest is margin). */
  fill: number
  /**
   * Where a box narrower than the free area sits across it: in the middle, or at its start (the
   * left, by the words), the rest of the picture showing what lies beyond. Default the middle.
   */
  align?: 'centre' | 'start'
}

/** The patient's rotation about +x for a pose: 0 standing; π/2 lying face down (the back up). */
export function poseRad(pose: Pose): number {
  return pose === 'prone' ? Math.PI / 2 : 0
}

/** How the patient lies in a chapter: face down while the needles go in through the back. */
export function chapterPose(chapter: ChapterId): Pose {
  return chapter === 'access' ? 'prone' : 'upright'
}

/**
 * The close-ups look from the patient's left, as lateral radiographs are read (the front of the
 * body on the viewer's left), a little from behind (the needle's way in) and from above (the
 * endplate the balloon lifts). The first needle comes in on the left (sim/instruments.ts), and the
 * section (sectionPlane.ts) takes away that side, so the camera looks at the cut face.
 */
const CLOSE_UP: Vec3 = [1, 0.2, -0.26]
/** Inside the body (the balloon, the cement): nearly square onto the cut, a touch from above and behind. */
const INSIDE: Vec3 = [1, 0.3, 0.15]

/** The shot of a chapter for a fractured vertebra of these dimensions. */
export function chapterShot(chapter: ChapterId, dims: VertebraDimensions): Shot {
  const front = dims.bodyDepthMm / 2
  const back = -front
  const half = Math.max(dims.anteriorHeightMm, dims.posteriorHeightMm) / 2
  // Behind the body: the pedicle and the needle's entry on the arch (about a body depth back).
  const entry = back - 0.55 * dims.bodyDepthMm
  const body = { x: dims.bodyWidthMm / 2 }
  switch (chapter) {
    case 'fracture':
      // The column in context: the levels above and below, so the sunken bone stands out against
      // its neighbours (their labels in front of them, in the picture too).
      return {
        pose: 'upright',
        towardsEye: [1, 0.04, 0.2],
        boxMin: [-4, -3 * half - 12, back - 36],
        boxMax: [4, 3 * half + 12, front + 18],
        fill: 0.95,
        align: 'start',
      }
    case 'access':
      // Face down, from above the back on the left and a little from the feet: the skin, the
      // cuts and the needles going down through the muscles to the bone.
      return {
        pose: 'prone',
        towardsEye: [0.7, -0.3, -1],
        boxMin: [-body.x + 8, -half, back - 32],
        boxMax: [body.x - 8, half, back + 6],
        fill: 0.97,
      }
    case 'needle':
      // The whole path: from the entry on the arch to the tip near the front of the body.
      return {
        pose: 'upright',
        towardsEye: CLOSE_UP,
        ...closeBox(entry - 4, front + 2, half + 3),
        fill: 0.94,
        align: 'start',
      }
    case 'cement':
      // Pushed in on the front of the body, where the cement goes: the needle comes in from the side.
      return {
        pose: 'upright',
        towardsEye: INSIDE,
        ...closeBox(back + 6, front + 2, half + 1),
        fill: 0.96,
        align: 'start',
      }
    case 'balloon':
    case 'cavity':
      // The body, filling the picture, the cannula coming in from behind it.
      return {
        pose: 'upright',
        towardsEye: INSIDE,
        ...closeBox(back - 2, front + 2, half + 2),
        fill: 0.96,
        align: 'start',
      }
    case 'result':
      // A step back: the treated bone between its neighbours' edges, tubes out.
      return {
        pose: 'upright',
        towardsEye: [1, 0.12, -0.1],
        ...closeBox(entry - 8, front + 4, half + 12),
        fill: 0.92,
        align: 'start',
      }
  }
}

/**
 * A box in the midplane (x kept thin: the fit keeps every corner in view, and a thick box's near
 * corners, enlarged by perspective, would hold the camera back from the body).
 */
function closeBox(zMin: number, zMax: number, halfHeight: number): Pick<Shot, 'boxMin' | 'boxMax'> {
  return { boxMin: [-2, -halfHeight, zMin], boxMax: [2, halfHeight, zMax] }
}

/** The educator's cut-away: square onto the cut face, from the right for a sagittal cut, from above for an axial one. */
export function cutShot(axis: 'sagittal' | 'axial', dims: VertebraDimensions, pose: Pose): Shot {
  const front = dims.bodyDepthMm / 2
  const half = Math.max(dims.anteriorHeightMm, dims.posteriorHeightMm) / 2
  const back = -front - 0.55 * dims.bodyDepthMm
  return axis === 'sagittal'
    ? {
        pose,
        towardsEye: [-1, 0.08, -0.05],
        boxMin: [-5, -half - 6, back - 6],
        boxMax: [5, half + 6, front + 4],
        fill: 0.92,
      }
    : {
        pose,
        towardsEye: [-0.25, 1, -0.15],
        boxMin: [-dims.bodyWidthMm / 2 - 4, -4, back - 10],
        boxMax: [dims.bodyWidthMm / 2 + 4, 4, front + 4],
        fill: 0.92,
      }
}
