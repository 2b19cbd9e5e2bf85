/**
 * One patient's venous anatomy and leak-proneness, drawn from the seed before the bone: how far the
 * intraosseous veins reach into the body, and how freely each exit drains. The studies' odds
 * ratios describe patients who differ in ways a scan does not show (vein calibre, marrow pressure,
 * how the fracture comminuted); the model gathers these into one latent *proneness* per patient,
 * drawn from a standard logistic distribution, that scales every exit's conductance together. A
 * seen leak needs an exit conductance above a threshold that the scenario's factors lower, so the
 * chance of a seen leak is close to logistic in those factors, and each factor moves the odds by
 * about the factor by which it raises the leak's drive (docs/SIMULATION.md, "Leak risk per case").
 */
import { CALIBRATION as C } from './calibration.ts'
import type { Random } from './random.ts'

/** A venous channel from an exit into the body, and how freely that exit drains. */
export interface VeinChannel {
  /** How far the channel runs into the body: a share of the body's depth (basivertebral) or half-width (segmental), 0–1. */
  reach: number
  /** Exit conductance relative to the advancing front (before the viscosity factor). */
  conductance: number
}

export interface Veins {
  /** The patient's latent leak-proneness, standard logistic (mean 0, scale 1). */
  proneness: number
  basivertebral: VeinChannel
  /** Left (+x) and right (−x) segmental veins. */
  segmental: [VeinChannel, VeinChannel]
  /** Conductance of a cortical defect, a broken endplate or a retropulsed wall, if the scenario has one. */
  defectConductance: number
  /** Conductance of the disc above a cleft (a crack through the endplate), if the scenario has one. */
  cleftDiscConductance: number
}

/** A standard logistic draw (mean 0, scale 1, SD π/√3). */
function logistic(rng: Random): number {
  const u = Math.min(1 - 1e-12, Math.max(1e-12, rng.next()))
  return Math.log(u / (1 - u))
}

/** A share between `lo` and `hi`, uniform: where a channel ends. */
function between(rng: Random, [lo, hi]: readonly [number, number]): number {
  return lo + (hi - lo) * rng.next()
}

/**
 * Draw one patient's veins. Every value is drawn whatever the scenario, in a fixed order, so that a
 * breach or a cleft does not reshuffle the veins of the same seed.
 */
export function veins(rng: Random): Veins {
  const proneness = logistic(rng)
  const scale = Math.exp(C.pronenessWeight * proneness)
  // Each exit also differs on its own (log-normal), so routes do not always open together.
  const own = () => Math.exp(C.exitLogSd * rng.normal())
  const basivertebral = {
    reach: between(rng, C.basivertebralReach),
    conductance: C.basivertebralConductance * scale * own(),
  }
  const left = { reach: between(rng, C.segmentalReach), conductance: C.segmentalConductance * scale * own() }
  const right = { reach: between(rng, C.segmentalReach), conductance: C.segmentalConductance * scale * own() }
  return {
    proneness,
    basivertebral,
    segmental: [left, right],
    defectConductance: C.defectConductance * scale * own(),
    cleftDiscConductance: C.cleftDiscConductance * scale * own(),
  }
}
