/**
 * Spine3D simulation CLI (docs/SIMULATION.md).
 *
 *   npm run sim -- [scenario.json] [--full] [--seeds N]   one scenario (JSON file, or stdin; missing keys take defaults)
 *   npm run sim -- --cohort N --seed S [--json|--markdown] a virtual cohort beside the published figures
 *   npm run sim -- --subgroups [--cohort N --seed S]       its sub-groups and the default cases against it
 *                                                          (markdown; 2,000 patients, seed 1 unless given)
 *   npm run sim -- --risk-table [--seeds N]                seen-leak risk case by case (markdown; 64 seeds)
 *
 * Exit codes: 0 ok, 2 bad input (a bad scenario, bad JSON, an unknown flag).
 */
import { readFileSync } from 'node:fs'
import { calibrationTable } from '../src/sim/calibrationTable.ts'
import { cohort } from '../src/sim/cohort.ts'
import { defaultVersusCohort } from '../src/sim/defaultCase.ts'
import { riskTable } from '../src/sim/riskTable.ts'
import { parseScenario } from '../src/sim/scenario.ts'
import { estimateRisk, simulate } from '../src/sim/simulate.ts'
import { byAge, byCleft, byImaging, byRoute, byViscosity } from '../src/sim/subgroups.ts'
import {
  adjustedMarkdown,
  ageMarkdown,
  calibrationMarkdown,
  imagingMarkdown,
  leakGroupMarkdown,
  riskTableMarkdown,
  routeMarkdown,
  typicalMarkdown,
} from './simTables.ts'

const USAGE =
  'usage: npm run sim -- [scenario.json] [--full] [--seeds N]  |  npm run sim -- --cohort N --seed S [--json|--markdown]  |  npm run sim -- --subgroups [--cohort N --seed S]  |  npm run sim -- --risk-table [--seeds N]'

/** The sub-group tables' cohort unless --cohort and --seed say otherwise (docs/SIMULATION.md, "Sub-groups"). */
const SUBGROUP_COHORT = { n: 2000, seed: 1 }

function fail(message: string): never {
  process.stderr.write(`${message}\n`)
  process.exit(2)
}

/** Numbers rounded to 6 decimals, typed arrays as plain arrays. */
function json(value: unknown): string {
  return JSON.stringify(
    value,
    (_key, v) => {
      if (typeof v === 'number') return Number.isFinite(v) ? Math.round(v * 1e6) / 1e6 : v
      if (ArrayBuffer.isView(v) && !(v instanceof DataView))
        return Array.from(v as unknown as ArrayLike<number>)
      return v
    },
    2,
  )
}

function parseArgs(argv: string[]) {
  const flags: {
    full: boolean
    json: boolean
    markdown: boolean
    riskTable: boolean
    subgroups: boolean
    seeds?: number
    cohort?: number
    seed?: number
    file?: string
  } = {
    full: false,
    json: false,
    markdown: false,
    riskTable: false,
    subgroups: false,
  }
  const count = (name: string, value: string | undefined, min: number): number => {
    const n = Number(value)
    if (value === undefined || !Number.isInteger(n) || n < min) {
      fail(`${name}: expected an integer ≥ ${min}, got ${JSON.stringify(value ?? null)}\n${USAGE}`)
    }
    return n
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (arg === '--full') flags.full = true
    else if (arg === '--json') flags.json = true
    else if (arg === '--markdown') flags.markdown = true
    else if (arg === '--risk-table') flags.riskTable = true
    else if (arg === '--subgroups') flags.subgroups = true
    else if (arg === '--seeds') flags.seeds = count('--seeds', argv[++i], 1)
    else if (arg === '--cohort') flags.cohort = count('--cohort', argv[++i], 1)
    else if (arg === '--seed') flags.seed = count('--seed', argv[++i], 0)
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`)
      process.exit(0)
    } else if (arg.startsWith('-')) fail(`${arg}: unknown option\n${USAGE}`)
    else if (flags.file === undefined) flags.file = arg
    else fail(`${arg}: only one scenario file may be given\n${USAGE}`)
  }
  return flags
}

function runCohort(n: number, seed: number, asJson: boolean, asMarkdown: boolean): void {
  const { patients, summary } = cohort(n, seed)
  if (asJson) {
    process.stdout.write(`${json({ summary, patients })}\n`)
    return
  }
  if (asMarkdown) {
    process.stdout.write(
      `${calibrationMarkdown(calibrationTable(summary))}\n\nAdjusted odds ratios of a seen leak (both procedures):\n\n${adjustedMarkdown(summary)}\n`,
    )
    return
  }
  const rows = calibrationTable(summary)
  const vp = summary.vertebroplasty.patients
  const bkp = summary.kyphoplasty.patients
  const lines = [
    `Cohort of ${n} virtual patients (seed ${seed}): ${vp} vertebroplasty, ${bkp} kyphoplasty`,
    '',
  ]
  const head = ['figure', 'simulated', 'published', 'target', 'source']
  const body = rows.map((r) => [
    r.figure,
    `${r.simulated.toFixed(2)}${r.unit ? ` ${r.unit}` : ''}`,
    r.published,
    `${r.within ? 'inside' : 'OUTSIDE'} ${r.target[0]}–${r.target[1]}`,
    r.source,
  ])
  const widths = head.map((h, c) => Math.max(h.length, ...body.map((b) => (b[c] as string).length)))
  for (const cells of [head, ...body])
    lines.push(
      cells
        .map((cell, c) => cell.padEnd(widths[c] as number))
        .join('  ')
        .trimEnd(),
    )
  process.stdout.write(`${lines.join('\n')}\n`)
}

/** The cohort's sub-group tables and the default cases against it, as markdown. */
function runSubgroups(n: number, seed: number): void {
  const { patients } = cohort(n, seed)
  const sections: [string, string][] = [
    ['Kyphotic correction and height by fracture age', ageMarkdown(byAge(patients))],
    ['Leaks by cement viscosity', leakGroupMarkdown('viscosity', byViscosity(patients))],
    ['Leaks with and without a cleft', leakGroupMarkdown('cleft', byCleft(patients))],
    ['Leak routes, seen on radiographs and on CT', routeMarkdown(byRoute(patients))],
    ['Leaks on radiographs and on CT', imagingMarkdown(byImaging(patients))],
    ['The default case against the cohort', typicalMarkdown(defaultVersusCohort(patients))],
  ]
  const vp = patients.filter((p) => p.scenario.procedure === 'vertebroplasty').length
  process.stdout.write(
    `Cohort of ${n} virtual patients (seed ${seed}): ${vp} vertebroplasty, ${n - vp} kyphoplasty\n\n` +
      `${sections.map(([title, body]) => `${title}:\n\n${body}`).join('\n\n')}\n`,
  )
}

function readInput(file: string | undefined): unknown {
  let text = '{}'
  try {
    if (file !== undefined) text = readFileSync(file, 'utf8')
    else if (!process.stdin.isTTY) text = readFileSync(0, 'utf8')
  } catch (error) {
    fail(`${file ?? 'stdin'}: cannot read — ${(error as Error).message}`)
  }
  if (text.trim() === '') return {}
  try {
    return JSON.parse(text)
  } catch (error) {
    fail(`${file ?? 'stdin'}: expected JSON, got a parse error — ${(error as Error).message}`)
  }
}

const flags = parseArgs(process.argv.slice(2))
if (flags.cohort === undefined && flags.seed !== undefined && !flags.subgroups) {
  fail(`--seed: only with --cohort; for one scenario set "seed" in its JSON\n${USAGE}`)
}
if (flags.riskTable) {
  process.stdout.write(`${riskTableMarkdown(riskTable(flags.seeds ?? 64))}\n`)
} else if (flags.subgroups) {
  runSubgroups(flags.cohort ?? SUBGROUP_COHORT.n, flags.seed ?? SUBGROUP_COHORT.seed)
} else if (flags.cohort !== undefined) {
  runCohort(flags.cohort, flags.seed ?? 1, flags.json, flags.markdown)
} else {
  const { scenario, problems } = parseScenario(readInput(flags.file))
  if (problems.length > 0) fail(problems.map((p) => p.message).join('\n'))
  const result = simulate(scenario)
  const out: Record<string, unknown> = { scenario, outcome: result.outcome }
  if (flags.seeds !== undefined) {
    const { seeds, pLeak, ci95, pAnyLeak, meanLeakMl, byRoute, seenByRoute, riskMap } = estimateRisk(
      scenario,
      flags.seeds,
    )
    out.risk = {
      seeds,
      pLeak,
      ci95,
      pAnyLeak,
      meanLeakMl,
      byRoute,
      seenByRoute,
      ...(flags.full ? { riskMap } : {}),
    }
  }
  if (flags.full) {
    const { phases, durationS, grid, fillTimeS, cavity, needles, balloonCentresMm, balloon, leaks, tracks } =
      result
    Object.assign(out, {
      phases,
      durationS,
      grid,
      fillTimeS,
      cavity,
      needles,
      balloonCentresMm,
      balloon,
      leaks,
      tracks,
    })
  }
  process.stdout.write(`${json(out)}\n`)
}
