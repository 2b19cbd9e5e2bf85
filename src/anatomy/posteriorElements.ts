/**
 * The vertebral arch: pedicles, laminae, spinous process, transverse and articular processes,
 * laid out from the level's morphometry. Each part is an oval tube (sdf.ts) placed in the
 * vertebra's frame (mm; +x left, +y cranial, +z anterior, origin at the body's centre). The
 * placements are model choices that follow atlas anatomy (CLINICAL.md §7, "Shape by region").
 */
import type { VertebraDimensions } from './levels.ts'
import { lerp, type OvalTube, type Vec3 } from './sdf.ts'

const DEG = Math.PI / 180

export interface ArchParts {
  /** Tubes for each side (x mirrored) and for the midline. */
  paired: OvalTube[]
  midline: OvalTube[]
  /** Concave facets carved into the surface (rib facets), left side; mirrored for the right. */
  pairedHollows: { centre: Vec3; radiusMm: number }[]
  /** Where the arch meets the body: the pedicles' posterior ends (left side). */
  pedicleEnd: Vec3
  /** The midline junction of the laminae, where the spinous process starts. */
  laminaJunction: Vec3
}

function normalise(v: Vec3): Vec3 {
  const l = Math.hypot(v[0], v[1], v[2])
  return [v[0] / l, v[1] / l, v[2] / l]
}

function along(p: Vec3, dir: Vec3, lengthMm: number): Vec3 {
  return [p[0] + dir[0] * lengthMm, p[1] + dir[1] * lengthMm, p[2] + dir[2] * lengthMm]
}

/** The arch of one level, left side given; the field mirrors it in x. */
export function archParts(dims: VertebraDimensions): ArchParts {
  const lumbar = dims.region === 'lumbar'
  const n = Number(dims.level.slice(1))
  const halfDepth = dims.bodyDepthMm / 2
  const pw = dims.pedicleWidthMm
  const ph = dims.pedicleHeightMm
  const theta = dims.pedicleTransverseAngleDeg * DEG

  // Pedicles: short and thick in the lumbar spine, thin in the thoracic; the upper part of the body.
  const pedicleLengthMm = dims.canalDepthMm * (lumbar ? 0.4 : 0.5)
  const pedicleX = dims.canalWidthMm / 2 + pw / 2
  const pedicleY = dims.posteriorHeightMm / 2 - ph / 2 - (lumbar ? 1.2 : 0.8)
  const pedicleFront: Vec3 = [pedicleX - Math.tan(theta) * 6, pedicleY, -halfDepth * 0.5]
  const pedicleEnd: Vec3 = [
    pedicleX + Math.tan(theta) * pedicleLengthMm,
    pedicleY,
    -halfDepth - pedicleLengthMm,
  ]
  const pedicle: OvalTube = {
    a: pedicleFront,
    b: pedicleEnd,
    up: [0, 1, 0],
    ru: [ph / 2, (ph / 2) * 0.95],
    rv: [(pw / 2) * 1.35, (pw / 2) * 1.1],
  }

  // Laminae: plates running back and in to the midline, tilted like roof tiles (more so thoracic).
  const laminaThicknessMm = lumbar ? 7 : 5.5
  const laminaY = pedicleY - (lumbar ? 3 : 3.5)
  const laminaJunction: Vec3 = [0, laminaY, -halfDepth - dims.canalDepthMm - laminaThicknessMm / 2]
  const laminaHalfHeight = lumbar ? 9.5 : lerp(7, 9, (n - 1) / 11)
  const lamina: OvalTube = {
    a: [pedicleEnd[0] - 1, pedicleEnd[1] - 2, pedicleEnd[2] + 1],
    b: [2, laminaJunction[1], laminaJunction[2]],
    up: normalise([0, 1, lumbar ? 0.9 : 0.6]),
    ru: [laminaHalfHeight * 0.85, laminaHalfHeight],
    rv: [laminaThicknessMm / 2, laminaThicknessMm / 2 + 0.4],
    square: 0.8,
  }

  // Spinous process: long, slender and steep (thoracic) or short, tall and square (lumbar).
  const slope = dims.spinousSlopeDeg * DEG
  const spineDir: Vec3 = [0, -Math.sin(slope), -Math.cos(slope)]
  // The lumbar hatchet hangs lower than the laminae's centre, reaching below the lower endplate.
  const spineRoot = lumbar ? along(laminaJunction, [0, 1, 0], -4) : laminaJunction
  const spineTip = along(spineRoot, spineDir, dims.spinousLengthMm)
  const spinous: OvalTube = lumbar
    ? {
        a: spineRoot,
        b: spineTip,
        up: [0, Math.cos(slope), -Math.sin(slope)],
        ru: [dims.spinousHeightMm * 0.3, dims.spinousHeightMm / 2],
        rv: [2.4, 3.2],
        square: 0.5,
      }
    : {
        a: laminaJunction,
        b: spineTip,
        up: [0, Math.cos(slope), -Math.sin(slope)],
        ru: [dims.spinousHeightMm / 2 + 1, 3],
        rv: [3.2, 2.6],
        square: 0.5,
      }
  // Thoracic spines end in a small tubercle; lumbar ones in a thickened, rounded posterior border.
  const spineUp: Vec3 = [0, Math.cos(slope), -Math.sin(slope)]
  const tubercle: OvalTube = lumbar
    ? {
        a: along(spineTip, spineUp, dims.spinousHeightMm * 0.36),
        b: along(spineTip, spineUp, -dims.spinousHeightMm * 0.4),
        up: [0, 0, 1],
        ru: [3.6, 4],
        rv: [3.8, 4.2],
      }
    : { a: spineTip, b: along(spineTip, spineDir, 2), up: [0, 1, 0], ru: [3.4, 3], rv: [3.4, 3] }

  // Transverse processes: thoracic ones stout, angled back and up, carrying the rib's facet at
  // the tip (T1–T10); lumbar ones long, thin and horizontal, L5's stout and rising.
  const tpBack = (lumbar ? (n === 5 ? 18 : 20) : lerp(28, 48, (n - 1) / 11)) * DEG
  const tpUp = (lumbar ? (n === 5 ? 14 : 2) : 14) * DEG
  const tpDir: Vec3 = [Math.cos(tpUp) * Math.cos(tpBack), Math.sin(tpUp), -Math.cos(tpUp) * Math.sin(tpBack)]
  const tpBase: Vec3 = [pedicleEnd[0] - 1, pedicleEnd[1] + ph * 0.1, pedicleEnd[2] - 1]
  const tpTip = along(tpBase, tpDir, dims.transverseLengthMm + pw / 2)
  const transverse: OvalTube = lumbar
    ? {
        a: tpBase,
        b: tpTip,
        up: [0, 1, 0],
        ru: n === 5 ? [7, 5] : [4.4, 3],
        rv: n === 5 ? [5, 3.4] : [2.8, 2],
      }
    : { a: tpBase, b: tpTip, up: [0, 1, 0], ru: [4.6, 4.8], rv: [4, 4.6] }

  // Articular processes. Lumbar facets stand near the sagittal plane (the superior ones face
  // medially), turning towards coronal at L5; thoracic ones lie nearly coronal (superior facets
  // face backwards). The inferior processes of the level above sit medial (lumbar) or behind
  // (thoracic) the superior processes of the level below.
  const facetFromSagittal = (lumbar ? lerp(22, 48, (n - 1) / 4) : 72) * DEG
  const facetPlane: Vec3 = [-Math.sin(facetFromSagittal), 0, Math.cos(facetFromSagittal)]
  const sapHeightMm = lumbar ? 12 : 9
  const sapBase: Vec3 = [pedicleEnd[0] + (lumbar ? 1.5 : 0.5), pedicleY + ph * 0.3, pedicleEnd[2] - 1]
  const superiorArticular: OvalTube = {
    a: sapBase,
    b: [sapBase[0] + (lumbar ? 1 : 0.5), sapBase[1] + sapHeightMm, sapBase[2] - (lumbar ? 2.5 : 1.5)],
    up: facetPlane,
    ru: lumbar ? [8.5, 5.5] : [5.5, 5],
    rv: lumbar ? [4, 3] : [2.4, 1.8],
    square: 0.2,
  }
  const iapHeightMm = lumbar ? 13 : 10
  const iapX = lumbar ? sapBase[0] - 5.5 : sapBase[0] - 1
  const iapBase: Vec3 = [iapX, laminaY - laminaHalfHeight * 0.6, laminaJunction[2] + (lumbar ? 4 : 2)]
  const inferiorArticular: OvalTube = {
    a: iapBase,
    b: [iapX + (lumbar ? 0.5 : 0), iapBase[1] - iapHeightMm, iapBase[2] + (lumbar ? 0.5 : 2.5)],
    up: facetPlane,
    ru: lumbar ? [6, 5] : [4.5, 4.5],
    rv: lumbar ? [3, 2.4] : [2.4, 1.8],
    square: 0.2,
  }
  const paired: OvalTube[] = [pedicle, lamina, transverse, superiorArticular, inferiorArticular]
  if (lumbar) {
    // Mammillary process: a knob on the back of the superior articular process.
    const m: Vec3 = [sapBase[0] + 2.5, sapBase[1] + 3, sapBase[2] - 5]
    paired.push({ a: m, b: [m[0] + 1, m[1], m[2] - 1.5], up: [0, 1, 0], ru: [3.6, 3], rv: [3.2, 2.6] })
  }

  // Rib facets (thoracic): half-facets at the upper and lower edges of the body's side at T2–T9,
  // a whole one at T1 (upper) and T10–T12, and one on each transverse process at T1–T10.
  const pairedHollows: ArchParts['pairedHollows'] = []
  if (!lumbar) {
    const x = dims.bodyWidthMm * 0.36
    const z = -halfDepth * 0.62
    const top = dims.posteriorHeightMm / 2
    const r = 3.6
    if (n <= 9) pairedHollows.push({ centre: [x + 1.5, top + 0.5, z], radiusMm: r })
    if (n >= 2 && n <= 9) pairedHollows.push({ centre: [x + 1.5, -top - 0.5, z], radiusMm: r })
    if (n >= 10) pairedHollows.push({ centre: [x + 2.6, top * 0.25, z], radiusMm: r })
    if (n <= 10)
      pairedHollows.push({ centre: [tpTip[0] - 0.5, tpTip[1] - 0.5, tpTip[2] + 6.5], radiusMm: 3.5 })
  }

  return {
    paired,
    midline: [spinous, tubercle],
    pairedHollows,
    pedicleEnd,
    laminaJunction,
  }
}
