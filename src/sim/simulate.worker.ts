/**
 * Web Worker glue: `{ id, scenario }` in (scenario: any partial input, as for parseScenario),
 * `{ id, result, problems }` out, with the result's typed arrays transferred, not copied.
 */
import { parseScenario } from './scenario.ts'
import { simulate } from './simulate.ts'

self.onmessage = (event: MessageEvent<{ id?: number; scenario?: unknown }>) => {
  const { id, scenario: input } = event.data ?? {}
  const { scenario, problems } = parseScenario(input ?? {})
  const result = simulate(scenario)
  const t = result.tracks
  const buffers = new Set<ArrayBufferLike>([
    result.fillTimeS.buffer,
    result.grid.inside.buffer,
    ...(result.cavity ? [result.cavity.buffer] : []),
    ...Object.values(t).flatMap((track) => [track.timeS.buffer, track.value.buffer]),
  ])
  self.postMessage({ id, result, problems }, { transfer: [...buffers] as Transferable[] })
}
