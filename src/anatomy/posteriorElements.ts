/**
 * The vertebral arch: pedicles, articular pillars with their facets, pars interarticularis,
 * laminae, spinous process, transverse, mammillary and accessory processes, shaped per region
 * (upper and lower thoracic, thoracolumbar, lumbar, L5). Vertebra frame: mm, +x left, +y cranial,
 * +z anterior, origin at the body's centre; parts are given for the left side and mirrored.
 * Sizes and angles of the pedicles are published per level (levels.ts); the other placements are
 * model choices after atlas anatomy, the lumbar ones (lumbarShape.ts) placed against the mean
 * shape of real vertebrae (docs/ANATOMY.md).
 */
import { type ArchPart, add, along, facetPart, tube } from './archPart.ts'
import {
  type FacetJoint,
  inferiorFacetPlate,
  jointPoint,
  superiorFacetPlate,
  transfer,
} from './facetJoints.ts'
import type { VertebraDimensions } from './levels.ts'
import { LUMBAR } from './lumbarShape.ts'
import { normalise, type PedicleGeometry, pedicleGeometry } from './pedicle.ts'
import { lerp, smoothUnion, type Vec3 } from './sdf.ts'
import { spinousProcess } from './spinousProcess.ts'
import { transverseProcess } from './transverseProcess.ts'

export interface Arch {
  parts: ArchPart[]
  pedicle: PedicleGeometry
  /** Tip of the left transverse process (the centre of its club, thoracic). */
  transverseTipMm: Vec3
  /** Its direction, root to tip. */
  transverseDirection: Vec3
}

/**
 * The arch of one level. `above`: the facet joint with the level above (its superior facets);
 * `below`: the joint with the part below (its inferior facets, given in that part's frame).
 */
export function archParts(dims: VertebraDimensions, above: FacetJoint, below: FacetJoint): Arch {
  const lumbar = dims.region === 'lumbar'
  const n = Number(dims.level.slice(1))
  const halfDepth = dims.bodyDepthMm / 2
  const ped = pedicleGeometry(dims)
  const pw = dims.pedicleWidthMm
  const ph = dims.pedicleHeightMm
  const end = ped.posteriorEndMm
  const parts: ArchPart[] = []

  // Pedicle: an oval bar from inside the body back to the pillar, its section the published one.
  parts.push(
    tube('pedicle', {
      a: ped.anteriorEndMm,
      b: along(end, ped.directionUnit, -1.5),
      up: [0, 1, 0],
      ru: [ph / 2 - 0.2, ph / 2 + 0.3],
      rv: [pw / 2 + 0.1, pw / 2],
      square: 0.25,
    }),
  )
  parts.push(...superiorProcess(dims, ped, above))

  // Lamina: a broad plate from the pillar to the midline, closing the canal's roof; it leans
  // back at the bottom, more in the thoracic spine, where the laminae overlap like roof tiles.
  const { lamina: shape } = LUMBAR
  const laminaThickness = lumbar ? 6.5 : lerp(4.6, 5.4, (n - 1) / 11)
  const laminaHalfHeight = lumbar ? shape.halfHeightMm : lerp(6.5, 8.5, (n - 1) / 11)
  const laminaTop = end[1] + (lumbar ? shape.topMm : 2.5)
  const laminaY = laminaTop - laminaHalfHeight
  const laminaJunction: Vec3 = [0, laminaY, -halfDepth - dims.canalDepthMm - laminaThickness / 2]
  const laminaUp = normalise([0, 1, lumbar ? shape.lean : 0.8])
  // Lumbar laminae end at the pars, medial of the pillar, so that the arch seen from behind is
  // one roof with the inferior processes hanging from its lower corners.
  const laminaLateral: Vec3 = add(end, [
    lumbar ? -shape.medialMm : -2,
    laminaY - end[1],
    -laminaThickness / 2 - 1,
  ])
  const lamina = tube('lamina', {
    a: laminaLateral,
    b: [-1, laminaJunction[1], laminaJunction[2]],
    up: laminaUp,
    ru: [laminaHalfHeight, laminaHalfHeight * 1.05],
    rv: [laminaThickness / 2, laminaThickness / 2],
    square: 0.85,
  })
  // Both laminae at once, blended where they meet so the canal's roof has no sharp crease.
  parts.push({
    ...lamina,
    paired: false,
    distance: (x, y, z) => smoothUnion(lamina.distance(x, y, z), lamina.distance(-x, y, z), 3),
    bound: (x, y, z) => lamina.bound(Math.abs(x), y, z),
    extent: lamina.extent.flatMap((p) => [p, [-p[0], p[1], p[2]] as Vec3]),
  })
  if (lumbar) {
    // Pars interarticularis: the lamina's lateral end joined to the pillar behind the pedicle,
    // between the superior process above and the inferior one below.
    parts.push(
      tube('pars', {
        a: laminaLateral,
        b: add(end, [-1, -ph * 0.25, -laminaThickness / 2 - 1]),
        up: laminaUp,
        ru: [laminaHalfHeight * 0.55, ph * 0.3],
        rv: [laminaThickness / 2, laminaThickness / 2],
        square: 0.5,
      }),
    )
  }
  const laminaCorner = along(laminaLateral, laminaUp, -laminaHalfHeight * 0.45)
  parts.push(...inferiorProcess(dims, below, laminaCorner))
  parts.push(spinousProcess(dims, laminaJunction, laminaHalfHeight))

  const tp = transverseProcess(
    dims,
    ped,
    { lateralMm: laminaLateral, up: laminaUp, halfHeightMm: laminaHalfHeight },
    above,
  )
  parts.push(...tp.parts)
  return { parts, pedicle: ped, transverseTipMm: tp.tipMm, transverseDirection: tp.direction }
}

/**
 * Superior articular process: the facet plate of the joint above, backed by a rounded column
 * rising from the pillar behind the pedicle (its root), kept clear of the joint space.
 */
function superiorProcess(dims: VertebraDimensions, ped: PedicleGeometry, above: FacetJoint): ArchPart[] {
  const lumbar = dims.region === 'lumbar'
  const ph = dims.pedicleHeightMm
  const { superiorProcess: sap } = LUMBAR
  const radius = lumbar ? sap.radiusMm : 2.8
  const pillar: Vec3 = add(ped.posteriorEndMm, [
    lumbar ? 0.5 : 0,
    ph * (lumbar ? 0.05 : 0.12),
    lumbar ? -1.5 : -1,
  ])
  const back = -above.gapMm / 2 - above.superiorThicknessMm - radius * 0.5
  return [
    facetPart('superiorArticular', above, 'superior', (x, y, z) => superiorFacetPlate(above, x, y, z)),
    tube('superiorArticularBody', {
      a: pillar,
      b: lumbar
        ? jointPoint(above, back, sap.acrossMm, above.halfHeightMm * sap.alongShare)
        : jointPoint(above, back, 0, above.halfHeightMm * 0.45),
      up: above.across,
      // Lumbar: a rounded column as wide as the facet; thoracic: a thin plate, like the facet it carries.
      ru: lumbar
        ? [ph * 0.42, above.halfWidthMm + sap.widerMm]
        : [dims.pedicleWidthMm * 0.45 + 0.8, above.halfWidthMm - 0.5],
      rv: lumbar ? [radius, radius + 0.5] : [2.6, 2.2],
      square: lumbar ? 0.2 : 0.8,
    }),
  ]
}

/**
 * Inferior articular process: the facet plate of the joint below (computed in the lower part's
 * frame) backed by a rounded column hanging from the lamina's lateral edge: the pars
 * interarticularis and the process itself.
 */
function inferiorProcess(dims: VertebraDimensions, below: FacetJoint, laminaCorner: Vec3): ArchPart[] {
  const lumbar = dims.region === 'lumbar'
  const { inferiorProcess: iap } = LUMBAR
  const radius = lumbar ? iap.radiusMm : 2.8
  const back = below.gapMm / 2 + below.inferiorThicknessMm + radius * (lumbar ? iap.backShare : 0.45)
  const low = jointPoint(below, back, 0, below.halfHeightMm * (lumbar ? iap.alongShare : -0.5))
  return [
    facetPart('inferiorArticular', below, 'inferior', (x, y, z) => {
      const p = transfer(below.upperToLower, [x, y, z])
      return inferiorFacetPlate(below, p[0], p[1], p[2])
    }),
    tube('inferiorArticularBody', {
      a: add(laminaCorner, [lumbar ? 1 : 0.5, lumbar ? 3 : 2, 0]),
      b: transfer(below.lowerToUpper, low),
      up: below.across,
      ru: lumbar ? [radius + 0.8, radius + 0.6] : [below.halfWidthMm, below.halfWidthMm - 0.4],
      // Thoracic inferior processes are hardly more than the laminae's lower lateral corners.
      rv: lumbar ? [radius, radius] : [2.6, 2.2],
      square: lumbar ? 0.2 : 0.8,
    }),
  ]
}
