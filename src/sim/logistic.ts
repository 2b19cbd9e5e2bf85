/**
 * Logistic regression by iteratively reweighted least squares (Newton's method), for the cohort's
 * adjusted odds ratios: the same kind of model the leak studies fit (Zhan 2017 pools such odds
 * ratios). Small and dense: a handful of covariates over a few hundred patients.
 */

export interface LogisticFit {
  /** Intercept first, then one coefficient per covariate (log odds per unit). */
  coefficients: number[]
  /** Standard errors from the inverse Fisher information, same order. */
  standardErrors: number[]
  iterations: number
  converged: boolean
}

export interface OddsRatio {
  or: number
  ci95: [number, number]
}

const Z95 = 1.959964

/** Solve the symmetric positive definite system A x = b by Cholesky; returns x and A⁻¹'s diagonal. */
function solve(a: number[][], b: number[]): { x: number[]; inverseDiagonal: number[] } {
  const n = b.length
  const l = a.map(() => new Array<number>(n).fill(0))
  for (let i = 0; i < n; i++)
    for (let j = 0; j <= i; j++) {
      let s = (a[i] as number[])[j] as number
      for (let k = 0; k < j; k++) s -= ((l[i] as number[])[k] as number) * ((l[j] as number[])[k] as number)
      ;(l[i] as number[])[j] =
        i === j ? Math.sqrt(Math.max(s, 1e-300)) : s / ((l[j] as number[])[j] as number)
    }
  const forward = (rhs: number[]) => {
    const y = new Array<number>(n).fill(0)
    for (let i = 0; i < n; i++) {
      let s = rhs[i] as number
      for (let k = 0; k < i; k++) s -= ((l[i] as number[])[k] as number) * (y[k] as number)
      y[i] = s / ((l[i] as number[])[i] as number)
    }
    const x = new Array<number>(n).fill(0)
    for (let i = n - 1; i >= 0; i--) {
      let s = y[i] as number
      for (let k = i + 1; k < n; k++) s -= ((l[k] as number[])[i] as number) * (x[k] as number)
      x[i] = s / ((l[i] as number[])[i] as number)
    }
    return x
  }
  const inverseDiagonal = b.map((_, i) => forward(b.map((__, k) => (k === i ? 1 : 0)))[i] as number)
  return { x: forward(b), inverseDiagonal }
}

/**
 * Fit P(y = 1) = 1 / (1 + exp(−(β₀ + Σ βⱼ xⱼ))) to `rows` (covariates, no intercept column) and
 * outcomes `y` (0 or 1). A tiny ridge keeps a separated covariate finite.
 */
export function logisticRegression(
  rows: readonly (readonly number[])[],
  y: readonly number[],
  { maxIterations = 50, tolerance = 1e-10, ridge = 1e-6 } = {},
): LogisticFit {
  if (rows.length !== y.length || rows.length === 0)
    throw new Error(
      `logisticRegression: expected as many outcomes as rows (> 0), got ${y.length} and ${rows.length}`,
    )
  const p = (rows[0] as readonly number[]).length + 1
  const beta = new Array<number>(p).fill(0)
  let inverseDiagonal = new Array<number>(p).fill(0)
  let iterations = 0
  let converged = false
  while (iterations < maxIterations && !converged) {
    iterations++
    const information = Array.from({ length: p }, () => new Array<number>(p).fill(0))
    const score = new Array<number>(p).fill(0)
    rows.forEach((row, r) => {
      const x = [1, ...row]
      let eta = 0
      for (let j = 0; j < p; j++) eta += (beta[j] as number) * (x[j] as number)
      const mu = 1 / (1 + Math.exp(-eta))
      const w = Math.max(mu * (1 - mu), 1e-12)
      const residual = (y[r] as number) - mu
      for (let j = 0; j < p; j++) {
        score[j] = (score[j] as number) + (x[j] as number) * residual
        const row_j = information[j] as number[]
        for (let k = 0; k < p; k++) row_j[k] = (row_j[k] as number) + w * (x[j] as number) * (x[k] as number)
      }
    })
    for (let j = 0; j < p; j++) {
      ;(information[j] as number[])[j] = ((information[j] as number[])[j] as number) + ridge
      score[j] = (score[j] as number) - ridge * (beta[j] as number)
    }
    const step = solve(information, score)
    inverseDiagonal = step.inverseDiagonal
    let largest = 0
    for (let j = 0; j < p; j++) {
      beta[j] = (beta[j] as number) + (step.x[j] as number)
      largest = Math.max(largest, Math.abs(step.x[j] as number))
    }
    converged = largest < tolerance
  }
  return {
    coefficients: beta,
    standardErrors: inverseDiagonal.map((v) => Math.sqrt(Math.max(0, v))),
    iterations,
    converged,
  }
}

/** Odds ratio per unit of covariate `j` (0-based, intercept excluded), with its Wald 95 % interval. */
export function oddsRatioOf(fit: LogisticFit, j: number): OddsRatio {
  const b = fit.coefficients[j + 1] as number
  const se = fit.standardErrors[j + 1] as number
  return { or: Math.exp(b), ci95: [Math.exp(b - Z95 * se), Math.exp(b + Z95 * se)] }
}
