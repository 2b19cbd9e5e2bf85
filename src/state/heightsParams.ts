/**
 * The patient's measured heights in the address: `heights=A,M,P` (anterior, middle, posterior, mm,
 * from the lateral radiograph). Written back while they describe the fracture shown.
 */
import type { Heights } from '../sim/fracture.ts'
import type { ProblemText } from '../sim/problemText.ts'
import type { MeasuredState } from './store.ts'

export function heightsFromSearch(search: string): { heights: Heights | null; problem: ProblemText | null } {
  const given = new URLSearchParams(search).get('heights')
  if (given === null) return { heights: null, problem: null }
  const parts = given.split(',').map((p) => (p.trim() === '' ? Number.NaN : Number(p)))
  const [anterior, middle, posterior] = parts as [number, number, number]
  if (parts.length !== 3 || !parts.every(Number.isFinite))
    return {
      heights: null,
      problem: {
        code: 'heights.format',
        params: { key: 'heights', given },
        message: `heights: expected three heights in mm as anterior,middle,posterior (e.g. 16.5,20,26), got "${given}" — not applied`,
      },
    }
  return { heights: { anterior, middle, posterior }, problem: null }
}

export function writeHeightsParam(measured: MeasuredState | null, params: URLSearchParams): void {
  if (!measured) params.delete('heights')
  else {
    const { anterior, middle, posterior } = measured.heights
    params.set('heights', [anterior, middle, posterior].map((v) => Math.round(v * 10) / 10).join(','))
  }
}
