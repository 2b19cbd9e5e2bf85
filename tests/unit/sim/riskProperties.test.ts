import { describe, expect, it } from 'vitest'
import { type RiskRow, riskTable } from '../../../src/sim/riskTable.ts'
import { DEFAULT_SCENARIO } from '../../../src/sim/scenario.ts'
import { estimateRisk } from '../../../src/sim/simulate.ts'

// One shared run of the per-case table on few seeds (the 64-seed table is in docs/SIMULATION.md).
// Every case uses the same seeds, so a case differs from the default only by its factor.
const SEEDS = 24
const rows = riskTable(SEEDS)
const PROCEDURES = ['vertebroplasty', 'kyphoplasty'] as const
const row = (procedure: string, label: string): RiskRow => {
  const found = rows.find((r) => r.procedure === procedure && r.label === label)
  if (!found) throw new Error(`riskProperties: expected a row ${procedure} / ${label}, got none`)
  return found
}
// Rare but documented: high-viscosity cement in kyphoplasty (≈ 5 % over 64 seeds) and 1 mL less
// than the cavity holds (≈ 6 %); over 24 seeds either may show no seen leak.
const RARE = new Set(['kyphoplasty/high-viscosity cement', 'kyphoplasty/cement −1 mL (3.8 mL)'])

describe('seen-leak risk case by case', () => {
  it('rises with a cortical breach, wherever it is (leaked volume up; risk not down)', () => {
    for (const p of PROCEDURES) {
      const base = row(p, 'default case').risk
      for (const where of ['anterior', 'lateral', 'posterior wall', 'endplate']) {
        const r = row(p, `cortical breach, ${where}`).risk
        expect(r.meanLeakMl, `${p} ${where}`).toBeGreaterThan(base.meanLeakMl)
        expect(r.pLeak, `${p} ${where}`).toBeGreaterThanOrEqual(base.pLeak)
      }
      expect(row(p, 'cortical breach, anterior').risk.pLeak, p).toBeGreaterThan(base.pLeak)
    }
  })

  /** Along `labels` (least risky first): seen risk never falls, leaked volume always rises. */
  const expectRising = (labels: readonly string[]) => {
    for (const p of PROCEDURES)
      for (let i = 1; i < labels.length; i++) {
        const [a, b] = [row(p, labels[i - 1] as string).risk, row(p, labels[i] as string).risk]
        expect(b.pLeak, `${p}: ${labels[i]}`).toBeGreaterThanOrEqual(a.pLeak)
        expect(b.meanLeakMl, `${p}: ${labels[i]}`).toBeGreaterThan(a.meanLeakMl)
      }
  }

  it('rises as the cement thins: high ≤ medium ≤ low viscosity', () => {
    expectRising(['high-viscosity cement', 'default case', 'low-viscosity cement'])
    for (const p of PROCEDURES)
      expect(row(p, 'low-viscosity cement').risk.pLeak, p).toBeGreaterThan(row(p, 'default case').risk.pLeak)
  })

  it('rises with the volume of cement: 3.8 ≤ 4.8 ≤ 5.8 mL', () => {
    expectRising(['cement −1 mL (3.8 mL)', 'default case', 'cement +1 mL (5.8 mL)'])
  })

  it('makes no single factor a certainty or an impossibility (0 % < risk < 100 %)', () => {
    for (const r of rows) {
      const name = `${r.procedure}/${r.label}`
      expect(r.risk.pLeak, name).toBeLessThan(1)
      // Rare cases still put cement outside the bone in some patients (CT would show it).
      if (RARE.has(name)) expect(r.risk.pAnyLeak, `${name}: some leak, if rarely seen`).toBeGreaterThan(0.05)
      else expect(r.risk.pLeak, name).toBeGreaterThan(0)
    }
  })

  it('keeps the default cases near the published rates (VP 41–54.7 %, BKP 9–18.4 %), loosely on few seeds', () => {
    const vp = row('vertebroplasty', 'default case').risk.pLeak
    const bkp = row('kyphoplasty', 'default case').risk.pLeak
    expect(vp).toBeGreaterThan(0.25)
    expect(vp).toBeLessThan(0.7)
    expect(bkp).toBeGreaterThan(0.02)
    expect(bkp).toBeLessThan(0.35)
    expect(bkp).toBeLessThan(vp)
  })

  it('is deterministic: the same scenario and seeds give the same risk', () => {
    const s = { ...DEFAULT_SCENARIO, procedure: 'vertebroplasty' as const, seed: 11 }
    expect(estimateRisk(s, 4)).toEqual(estimateRisk(s, 4))
  })
})
