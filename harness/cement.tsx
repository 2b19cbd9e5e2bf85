/**
 * Dev harness for the cement and leak rendering, without the app: `npm run dev`, then open
 * /harness/cement.html?procedure=vertebroplasty&corticalBreach=anterior&at=end. Any scenario key
 * of docs/SIMULATION.md works; harness keys: `t` (procedure seconds) or `at` (share of the
 * injection, 0–1, or start | mid | end), `view` (lateral | anterolateral | superior | anterior |
 * posterior), `zoom`, `volume=0`, `leaks=0`, `bone` (opacity, 0 hides it), `res` (the volume's resolution, 0.5), `needles=1`, `rays` (the volume's ray budget, 60000; 0 for none). Playwright drives it
 * through `window.cementHarness` (setTime, measureFps). Not part of the production build.
 */
import { StrictMode, useRef, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { parseScenario } from '../src/sim/scenario.ts'
import { SCENARIO_FIELDS } from '../src/sim/scenarioFields.ts'
import { type ProcedureResult, sampleProcedure, simulate } from '../src/sim/simulate.ts'
import { CementStage, type StageOptions, VIEWS, type View } from './CementStage.tsx'
import { harness } from './harnessControl.ts'

const params = new URLSearchParams(window.location.search)
const scenarioKeys = new Set(SCENARIO_FIELDS.map((f) => f.key as string))
const input = Object.fromEntries([...params].filter(([key]) => scenarioKeys.has(key)))
const { scenario, problems } = parseScenario(input)
const started = performance.now()
const result = simulate(scenario)
const simulateMs = performance.now() - started
for (const p of problems) console.warn(`scenario: ${p.message}`)

const injection = result.phases.find((p) => p.id === 'cementInjection') ?? { startS: 0, endS: 0 }
const options: StageOptions = {
  view: viewParam(params.get('view')),
  zoom: Number(params.get('zoom') ?? 1) || 1,
  volume: params.get('volume') !== '0',
  leaks: params.get('leaks') !== '0',
  boneOpacity: Number(params.get('bone') ?? 0.35),
  resolution: Number(params.get('res') ?? 0.5) || 0.5,
  needles: params.get('needles') === '1',
  maxRays: Number(params.get('rays') ?? 60_000) || Number.POSITIVE_INFINITY,
}
harness.time.current = initialTime()

function viewParam(value: string | null): View {
  return value !== null && value in VIEWS ? (value as View) : 'anterolateral'
}

/** `t` in seconds, or `at` as a share of the injection (start | mid | end are 0, ½, 1). */
function initialTime(): number {
  const t = params.get('t')
  if (t !== null) return Number(t) || 0
  const at = params.get('at')
  const share = at === 'start' ? 0.02 : at === 'mid' ? 0.5 : at === 'end' ? 1 : Number(at ?? 1)
  return injection.startS + (Number.isFinite(share) ? share : 1) * (injection.endS - injection.startS)
}

function setTime(t: number): Promise<void> {
  harness.time.current = t
  harness.control?.invalidate()
  window.dispatchEvent(new Event('harness:time'))
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())))
}

/** Frames per second while drawing continuously for `ms`. */
async function measureFps(ms = 3000): Promise<number> {
  const control = harness.control
  if (!control) throw new Error('harness: expected the canvas to be mounted, got none')
  control.setFrameloop('always')
  await new Promise((r) => setTimeout(r, 500))
  const f0 = harness.frames
  const t0 = performance.now()
  await new Promise((r) => setTimeout(r, ms))
  const fps = ((harness.frames - f0) * 1000) / (performance.now() - t0)
  control.setFrameloop('demand')
  return fps
}

declare global {
  interface Window {
    cementHarness: { setTime: typeof setTime; measureFps: typeof measureFps; result: ProcedureResult }
  }
}
window.cementHarness = { setTime, measureFps, result }

function Readout({ result }: { result: ProcedureResult }) {
  const [t, setT] = useState(harness.time.current)
  const listening = useRef(false)
  if (!listening.current) {
    listening.current = true
    window.addEventListener('harness:time', () => setT(harness.time.current))
  }
  const s = sampleProcedure(result, t)
  const leaks = result.leaks
    .map((l) => `  ${l.route} from ${l.startS.toFixed(0)} s, ${l.volumeMl.toFixed(2)} mL`)
    .join('\n')
  const o = result.outcome
  return (
    <>
      <div className="readout">
        {`${result.scenario.procedure} ${result.scenario.level} seed ${result.scenario.seed} (simulated in ${simulateMs.toFixed(0)} ms)
t ${t.toFixed(1)} s  phase ${s.phase}  injected ${s.injectedMl.toFixed(2)} mL  leaked ${s.leakedMl.toFixed(2)} mL
inside ${o.insideMl.toFixed(2)} mL, fill ${(o.fillFraction * 100).toFixed(0)} %, injection ${injection.startS.toFixed(0)}–${injection.endS.toFixed(0)} s
${leaks ? `leaks:\n${leaks}` : 'no leaks'}`}
      </div>
      <div className="bar">
        <label htmlFor="time">time (s)</label>
        <input
          id="time"
          type="range"
          min={0}
          max={result.durationS}
          step={0.5}
          value={t}
          onChange={(e) => void setTime(Number(e.currentTarget.value))}
        />
        <output>{t.toFixed(1)}</output>
      </div>
    </>
  )
}

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <div className="harness">
        <CementStage result={result} options={options} />
        <Readout result={result} />
      </div>
    </StrictMode>,
  )
}
