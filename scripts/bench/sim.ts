/**
 * Simulation benchmarks (issue 3, item 9): one scenario with one seed, the 32-seed risk
 * estimate, and the 500-patient cohort beside the published figures. `scripts/bench.ts` imports
 * `simBenchmarks`; `npx tsx scripts/bench/sim.ts` runs it alone.
 */
import { pathToFileURL } from 'node:url'
import { calibrationTable } from '../../src/sim/calibrationTable.ts'
import { cohort } from '../../src/sim/cohort.ts'
import { DEFAULT_SCENARIO, type Scenario } from '../../src/sim/scenario.ts'
import { estimateRisk, simulate } from '../../src/sim/simulate.ts'

export interface BenchRow {
  name: string
  value: number
  unit: string
  note?: string
}

/** Median wall time of `runs` calls after `warmup` unmeasured ones, ms. */
function medianMs(fn: () => void, runs: number, warmup = 2): number {
  for (let i = 0; i < warmup; i++) fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    fn()
    times.push(performance.now() - t0)
  }
  times.sort((a, b) => a - b)
  return times[times.length >> 1] as number
}

const round = (v: number, digits = 2) => Math.round(v * 10 ** digits) / 10 ** digits

export async function simBenchmarks(): Promise<BenchRow[]> {
  const rows: BenchRow[] = []
  for (const procedure of ['vertebroplasty', 'kyphoplasty'] as const) {
    const s: Scenario = { ...DEFAULT_SCENARIO, procedure }
    const t0 = performance.now()
    simulate(s)
    const coldMs = performance.now() - t0
    // V8 needs about ten calls to optimise the flow loop; the budget is for the warm worker.
    rows.push({
      name: `sim: one scenario, one seed (${procedure}, default)`,
      value: round(medianMs(() => simulate(s), 15, 10)),
      unit: 'ms',
      note: `median of 15 after 10 warm-up calls (first call ${round(coldMs, 0)} ms); budget 30 ms`,
    })
  }
  rows.push({
    name: 'sim: risk estimate, 32 seeds (kyphoplasty, default)',
    value: round(medianMs(() => estimateRisk(DEFAULT_SCENARIO, 32), 3, 1)),
    unit: 'ms',
    note: 'median of 3; budget 1000 ms',
  })
  const t0 = performance.now()
  const { summary } = cohort(500, 1)
  rows.push({ name: 'sim: cohort of 500 patients', value: round((performance.now() - t0) / 1000), unit: 's' })
  for (const r of calibrationTable(summary)) {
    rows.push({
      name: `sim cohort: ${r.figure}`,
      value: round(r.simulated),
      unit: r.unit || 'ratio',
      note: `published ${r.published} (${r.source}); target ${r.target[0]}–${r.target[1]}: ${r.within ? 'inside' : 'OUTSIDE'}`,
    })
  }
  return rows
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const r of await simBenchmarks()) {
    console.log(`${r.name.padEnd(58)} ${String(r.value).padStart(9)} ${r.unit.padEnd(5)} ${r.note ?? ''}`)
  }
}
