/**
 * The postMessage bridge between the embed and the page that frames it. Commands are obeyed only
 * from the parent window on an allowed origin (`origins.ts`); anything else is ignored and counted.
 * Replies go to the origin that asked, events to the parent's exact origin — never to `'*'`. Every
 * message is checked by the schema (`messages.ts`); a bad one is answered with an error (with its
 * id, when it had one) and an `error` event.
 */
import type { EventMessage, EventName, Events, ReplyMessage, Spine3DError } from '../../sdk/types.ts'
import { type BridgeStatus, CommandError, runCommand } from './commands.ts'
import { watchEvents } from './events.ts'
import { PROTOCOL, parseMessage } from './messages.ts'
import { type AllowList, isAllowed } from './origins.ts'
import { type EmbedContext, getState } from './snapshot.ts'

export interface BridgeOptions {
  ctx: EmbedContext
  allowed: AllowList
  /** The parent's origin when already known (`parentOrigin`), else the first allowed command's. */
  parentOrigin: string | null
  /** Whether the view can be drawn at all: without WebGL, `ready` comes at once, after an error. */
  webgl: boolean
  /** The window the embed runs in (a fake in Node tests). */
  win?: Window
  /** Called with the running count of ignored messages (the page shows it as `data-embed-ignored`). */
  onIgnored?: (count: number) => void
}

/** Events kept while the parent's origin is not known yet; the oldest go first. */
const MAX_QUEUED = 50

export interface Bridge {
  /** Sends an event to the parent (queued until its origin is known). */
  emit<E extends EventName>(event: E, data: Events[E]): void
  status: BridgeStatus
  stop(): void
}

export function startBridge({
  ctx,
  allowed,
  parentOrigin,
  webgl,
  win = window,
  onIgnored,
}: BridgeOptions): Bridge {
  let target = parentOrigin
  let ready = false
  let ignoredMessages = 0
  const queue: EventMessage[] = []
  const status: BridgeStatus = () => ({ ready, ignoredMessages })

  const send = (message: EventMessage | ReplyMessage, origin: string) =>
    win.parent.postMessage(message, origin)
  const flush = () => {
    if (target === null) return
    for (const message of queue.splice(0)) send(message, target)
  }
  const emit = <E extends EventName>(event: E, data: Events[E]) => {
    queue.push({ spine3d: PROTOCOL, event, data } as EventMessage)
    if (queue.length > MAX_QUEUED) queue.shift()
    flush()
  }
  const fail = (error: Spine3DError, id: string | number | null, origin: string) => {
    if (id !== null) send({ spine3d: PROTOCOL, id, ok: false, error }, origin)
    emit('error', error)
  }

  const onMessage = async (event: MessageEvent) => {
    if (event.source !== win.parent || win.parent === win || !isAllowed(allowed, event.origin)) {
      // Not from the page that frames us, or from a page not on the list: ignored, counted.
      onIgnored?.(++ignoredMessages)
      return
    }
    const parsed = parseMessage(event.data)
    if (parsed.kind === 'foreign') return
    if (target === null) {
      target = event.origin
      flush()
    }
    if (parsed.kind === 'invalid') return fail(parsed.error, parsed.id, event.origin)
    const { id, command } = parsed
    try {
      const result = await runCommand(ctx, command, parsed.args as never, status)
      send({ spine3d: PROTOCOL, id, ok: true, result }, event.origin)
    } catch (error) {
      const code = error instanceof CommandError ? error.code : 'internal'
      const message = error instanceof Error ? error.message : String(error)
      fail(
        { code, message: code === 'internal' ? `${command}: failed (${message})` : message, id, command },
        id,
        event.origin,
      )
    }
  }
  win.addEventListener('message', onMessage)
  /**
   * A message the browser could not copy into this frame (structured clone's deserialization
   * failed, e.g. a SharedArrayBuffer this frame may not share) arrives as `messageerror`, without
   * its data: no id to answer, so an `error` event tells the host what happened. The same gate as
   * for messages: only the parent, only from an allowed origin. (Chromium drops a message nested
   * past ~2,100 levels without any event at all: nothing reaches the frame to answer.)
   */
  const onMessageError = (event: MessageEvent) => {
    if (event.source !== win.parent || win.parent === win || !isAllowed(allowed, event.origin)) {
      onIgnored?.(++ignoredMessages)
      return
    }
    if (target === null) {
      target = event.origin
      flush()
    }
    emit('error', {
      code: 'bad-message',
      message:
        'message: could not read the message: expected data the browser can copy between windows ' +
        '(plain objects, arrays, strings, numbers), got data this frame could not rebuild — ignored; ' +
        'send the command again as plain data',
    })
  }
  win.addEventListener('messageerror', onMessageError)

  const announce = () => {
    if (ready) return
    ready = true
    emit('ready', getState(ctx, status()))
  }
  const stopEvents = watchEvents(ctx, emit, status, win)
  // The first word to the host: the bridge listens from now on (the SDK holds its commands until then).
  emit('statechange', getState(ctx, status()))
  if (!webgl) {
    emit('error', {
      code: 'no-webgl',
      message: 'webgl: expected WebGL 2, got none — the page shows a still picture and text instead',
    })
    announce()
  }
  win.addEventListener('spine3d:ready', announce)
  if (win.document?.documentElement.dataset.ready === 'true') announce()

  return {
    emit,
    status,
    stop() {
      win.removeEventListener('message', onMessage)
      win.removeEventListener('messageerror', onMessageError)
      win.removeEventListener('spine3d:ready', announce)
      stopEvents()
    },
  }
}
