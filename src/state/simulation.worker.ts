/**
 * The simulation's Web Worker (kept out of the pure `sim/` layer). Two kinds of job:
 * - `simulate`: `{ scenario, companion }` → `{ result, companion, fields, problems }`: the case, and
 *   with `companion` the same case by the other procedure (compare mode), and each one's cement
 *   field for the ray-marcher (`geometry/cementFieldData.ts`), so the main thread only uploads it;
 * - `risk`: `{ scenario, seeds }` → `{ risk, exits }`: the case over many seeds, and where each leak
 *   route leaves the body (for the risk overlay's markers).
 * Typed arrays are transferred, not copied. Scenarios may be any partial input (parseScenario).
 */

import { type CementFieldData, cementFieldData } from '../geometry/cementFieldData.ts'
import { exits } from '../sim/exits.ts'
import { flowShape, prepare } from '../sim/prepare.ts'
import { random } from '../sim/random.ts'
import { estimateRisk } from '../sim/risk.ts'
import type { ProcedureResult } from '../sim/run.ts'
import { parseScenario, type Scenario } from '../sim/scenario.ts'
import { simulate } from '../sim/simulate.ts'
import type { WorkerReply, WorkerRequest } from './workerProtocol.ts'

function buffersOf(result: ProcedureResult): ArrayBufferLike[] {
  return [
    result.fillTimeS.buffer,
    result.grid.inside.buffer,
    ...(result.cavity ? [result.cavity.buffer] : []),
    ...Object.values(result.tracks).flatMap((track) => [track.timeS.buffer, track.value.buffer]),
  ]
}

function fieldBuffers(field: CementFieldData): ArrayBufferLike[] {
  return [field.texels.buffer, field.progressBoxesMm.buffer, field.progressTable.buffer]
}

/** Where each route's exit sits for this case (its first patient): the overlay marks it. */
function exitPositions(scenario: Scenario) {
  const { grid } = prepare(flowShape(scenario))
  return exits(grid, scenario.corticalBreach, scenario.cleft, random(scenario.seed)).ports.map((p) => ({
    route: p.route,
    positionMm: p.positionMm,
  }))
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data
  const { scenario, problems } = parseScenario(request?.scenario ?? {})
  let reply: WorkerReply
  let transfer: ArrayBufferLike[]
  if (request?.kind === 'risk') {
    const risk = estimateRisk(scenario, request.seeds)
    reply = { kind: 'risk', id: request.id, risk, exits: exitPositions(scenario) }
    transfer = [risk.riskMap.cells.buffer, risk.riskMap.pReach.buffer]
  } else {
    const result = simulate(scenario)
    const other = scenario.procedure === 'kyphoplasty' ? 'vertebroplasty' : 'kyphoplasty'
    const companion = request?.companion ? simulate({ ...scenario, procedure: other }) : null
    const fields = { result: cementFieldData(result), companion: companion && cementFieldData(companion) }
    reply = { kind: 'simulate', id: request?.id ?? 0, result, companion, fields, problems }
    transfer = [
      ...buffersOf(result),
      ...(companion ? buffersOf(companion) : []),
      ...fieldBuffers(fields.result),
      ...(fields.companion ? fieldBuffers(fields.companion) : []),
    ]
  }
  self.postMessage(reply, { transfer: [...new Set(transfer)] as Transferable[] })
}
