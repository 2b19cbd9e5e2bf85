import { afterEach, describe, expect, it } from 'vitest'
import { loadCatalogue } from '../../../src/i18n/catalogues.ts'
import { activateLanguage } from '../../../src/i18n/t.ts'
import { type ProblemText, parseScenario } from '../../../src/sim/scenario.ts'
import { languageFromSearch } from '../../../src/state/languageParams.ts'
import { modeFromSearch } from '../../../src/state/modeParams.ts'
import { playbackFromSearch } from '../../../src/state/playbackParams.ts'
import { createAppStore, DEFAULT_VIEW, type Notice } from '../../../src/state/store.ts'
import { viewFromSearch } from '../../../src/state/viewParams.ts'
import { noticeText } from '../../../src/ui/noticeText.ts'

afterEach(() => activateLanguage('en'))

const asNotice = (problem: ProblemText): Notice => ({
  id: 1,
  source: 'url',
  message: problem.message,
  problem,
})

/** One of every problem the parsers report. */
function everyProblem(): ProblemText[] {
  const scenario = parseScenario({
    colour: 'red',
    shape: 'cube',
    cleft: 'maybe',
    grade: 'two',
    tScore: 'low',
    fractureAgeDays: 900,
    seed: 1.5,
  }).problems
  const notObject = parseScenario(42).problems
  const both = parseScenario({ grade: 2, heightLossPct: 40 }).problems
  const view = viewFromSearch('?labels=maybe&inside=never&overlay=glow&view=xray', DEFAULT_VIEW).problems
  const kept = viewFromSearch('?overlay=risk,glow', DEFAULT_VIEW).problems
  const playback = [
    ...playbackFromSearch('?chapter=surgery&t=abc&play=yes', 'kyphoplasty').problems,
    ...playbackFromSearch('?chapter=needle&t=99', 'kyphoplasty').problems,
    ...playbackFromSearch('?t=-3', 'kyphoplasty').problems,
  ]
  const lang = languageFromSearch('?lang=xx', ['de-AT']).problem
  const mode = modeFromSearch('?mode=doctor', null).problem
  return [
    ...scenario,
    ...notObject,
    ...both,
    ...view,
    ...kept,
    ...playback,
    ...[lang, mode].filter((p) => !!p),
  ]
}

describe('notices in the reader’s language', () => {
  it('has a problem of every kind to check', () => {
    const codes = new Set(everyProblem().map((p) => p.code))
    expect(codes.size).toBeGreaterThanOrEqual(20)
  })

  it('says each problem in English exactly as the parser’s own message (the English templates)', () => {
    for (const problem of everyProblem())
      expect(noticeText(asNotice(problem)), problem.code).toBe(problem.message)
  })

  it('says a problem in Spanish, with the typed values kept and the units and words translated', async () => {
    await loadCatalogue('es')
    activateLanguage('es')
    const store = createAppStore()
    store.getState().actions.applyScenario({ heightLossPct: '75', fractureAgeDays: '900' }, 'url', {
      heightLossPct: 'loss',
    })
    const [loss, age] = store.getState().notices.map(noticeText)
    expect(loss).toBe('loss: 75 está fuera del intervalo 0–60 % — ajustado a 60')
    expect(age).toBe('fractureAgeDays: 900 está fuera del intervalo 1–730 días — ajustado a 730')
    const labels = viewFromSearch('?labels=maybe', DEFAULT_VIEW).problems[0] as ProblemText
    expect(noticeText(asNotice(labels))).toBe(
      'labels: se esperaba uno de 0 | 1 | false | true, se recibió "maybe" — se mantiene activado',
    )
    const lang = languageFromSearch('?lang=xx', ['es-MX']).problem as ProblemText
    expect(noticeText(asNotice(lang))).toBe(
      'lang: se esperaba uno de en | es | de | fr, se recibió "xx" — se muestra en español',
    )
  })

  it('shows a notice given only as text as it came', () => {
    expect(noticeText({ id: 1, source: 'api', message: 'embed: something' })).toBe('embed: something')
    const unknown = { code: 'nothing.known', params: {}, message: 'as is' }
    expect(noticeText(asNotice(unknown))).toBe('as is')
  })
})
