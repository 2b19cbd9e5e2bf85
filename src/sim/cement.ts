/**
 * PMMA cement's viscosity as it cures (injectable from about 4 to 15 min after mixing, an unattributed clinical figure;
 * viscosity rises as it cures, Trivedi 2023). An exponential rise is a
 * model choice that fits the window: ≈ 50× between 4 and 15 min.
 */
import { CALIBRATION as C } from './calibration.ts'

export const CEMENT_VISCOSITIES = ['low', 'medium', 'high'] as const
export type CementViscosity = (typeof CEMENT_VISCOSITIES)[number]

/** Viscosity relative to medium cement at 4 min after mixing (dimensionless). */
export function relativeViscosity(viscosity: CementViscosity, minutesAfterMixing: number): number {
  return (
    C.viscosityClass[viscosity] * Math.exp((minutesAfterMixing - C.injectableFromMin) / C.viscosityRiseMin)
  )
}

/** Viscosity in Pa·s (model choice: medium cement is 50 Pa·s at 4 min). */
export function cementViscosityPaS(viscosity: CementViscosity, minutesAfterMixing: number): number {
  return C.referenceViscosityPaS * relativeViscosity(viscosity, minutesAfterMixing)
}
