/**
 * The host side of the protocol, without the DOM: numbers each command, holds its promise until
 * the reply with the same id comes (or a timeout), and hands events to their listeners. Commands
 * wait until the embed has spoken once (it is listening from then on). `spine3d.ts` wires it to an
 * `<iframe>`; Node tests wire it to fakes.
 */
import type { CommandMessage, CommandName, Commands, EventName, Events, Spine3DError } from './types.js'

/** A command the embed refused or could not do, or one that got no reply. */
export class Spine3DCommandError extends Error {
  readonly code: Spine3DError['code']
  readonly command: string | undefined
  constructor(error: Spine3DError) {
    super(error.message)
    this.name = 'Spine3DCommandError'
    this.code = error.code
    this.command = error.command
  }
}

type Listener<E extends EventName> = (data: Events[E]) => void

interface Pending {
  resolve(result: unknown): void
  reject(error: Error): void
  timer: ReturnType<typeof setTimeout>
}

export interface Client {
  call<C extends CommandName>(
    command: C,
    ...args: Commands[C]['args'] extends undefined ? [] : [Commands[C]['args']]
  ): Promise<Commands[C]['result']>
  /** Takes one message from the embed (already checked to come from its frame and origin). */
  receive(data: unknown): void
  on<E extends EventName>(event: E, listener: Listener<E>): () => void
  /** Rejects every command still waiting; later calls reject at once. */
  destroy(): void
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

/** `post` sends one command to the embed's window, addressed to its exact origin. */
export function createClient(post: (message: CommandMessage) => void, timeoutMs = 15_000): Client {
  let nextId = 1
  let connected = false
  let destroyed = false
  const outbox: CommandMessage[] = []
  const pending = new Map<string | number, Pending>()
  const listeners = new Map<EventName, Set<Listener<never>>>()

  const dispatch = (event: EventName, data: unknown) => {
    for (const listener of listeners.get(event) ?? []) {
      try {
        ;(listener as (d: unknown) => void)(data)
      } catch (error) {
        // A failing listener must not stop the others; the host still sees its error.
        setTimeout(() => {
          throw error
        })
      }
    }
  }

  return {
    call(command, ...rest) {
      if (destroyed)
        return Promise.reject(
          new Spine3DCommandError({
            code: 'destroyed',
            message: `${command}: the player was destroyed`,
            command,
          }),
        )
      const id = nextId++
      const message: CommandMessage = { spine3d: 1, id, command }
      if (rest.length > 0) message.args = rest[0] as never
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id)
          const message = `${command}: expected a reply within ${timeoutMs / 1000} s, got none — is this page's origin on the embed's allow-list (SPINE3D_ALLOWED_ORIGINS)?`
          reject(new Spine3DCommandError({ code: 'timeout', message, command }))
        }, timeoutMs)
        pending.set(id, { resolve: resolve as (r: unknown) => void, reject, timer })
        if (connected) post(message)
        else outbox.push(message)
      })
    },
    receive(data) {
      if (destroyed || !isRecord(data) || data.spine3d !== 1) return
      if (!connected) {
        connected = true
        for (const message of outbox.splice(0)) post(message)
      }
      if (typeof data.event === 'string') return dispatch(data.event as EventName, data.data)
      const waiting = (typeof data.id === 'string' || typeof data.id === 'number') && pending.get(data.id)
      if (!waiting) return
      pending.delete(data.id as string | number)
      clearTimeout(waiting.timer)
      if (data.ok === true) waiting.resolve(data.result)
      else waiting.reject(new Spine3DCommandError(data.error as Spine3DError))
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set()
      listeners.set(event, set)
      set.add(listener as Listener<never>)
      return () => set.delete(listener as Listener<never>)
    },
    destroy() {
      destroyed = true
      for (const [id, waiting] of pending) {
        clearTimeout(waiting.timer)
        waiting.reject(
          new Spine3DCommandError({ code: 'destroyed', message: `command ${id}: the player was destroyed` }),
        )
      }
      pending.clear()
      listeners.clear()
      outbox.length = 0
    },
  }
}
