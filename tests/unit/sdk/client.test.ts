import { afterEach, describe, expect, it, vi } from 'vitest'
import { createClient, Spine3DCommandError } from '../../../sdk/client.ts'
import type { CommandMessage } from '../../../sdk/types.ts'

function setUp(timeoutMs = 1000) {
  const posted: CommandMessage[] = []
  const client = createClient((m) => posted.push(m), timeoutMs)
  const hello = () => client.receive({ spine3d: 1, event: 'statechange', data: {} })
  return { client, posted, hello }
}

afterEach(() => vi.useRealTimers())

describe('the SDK’s protocol client', () => {
  it('holds commands until the embed has spoken, then sends them in order', () => {
    const { client, posted, hello } = setUp()
    void client.call('play')
    void client.call('seek', { t: 3 })
    expect(posted).toEqual([])
    hello()
    expect(posted).toEqual([
      { spine3d: 1, id: 1, command: 'play' },
      { spine3d: 1, id: 2, command: 'seek', args: { t: 3 } },
    ])
  })

  it('settles each promise with the reply that carries its id', async () => {
    const { client, hello } = setUp()
    hello()
    const a = client.call('getState')
    const b = client.call('seek', { t: 1 })
    client.receive({ spine3d: 1, id: 2, ok: true, result: { time: 1 } })
    client.receive({ spine3d: 1, id: 99, ok: true, result: 'not ours' })
    client.receive({
      spine3d: 1,
      id: 1,
      ok: false,
      error: { code: 'internal', message: 'getState: failed', command: 'getState' },
    })
    await expect(b).resolves.toEqual({ time: 1 })
    const error = await a.catch((e: unknown) => e)
    expect(error).toBeInstanceOf(Spine3DCommandError)
    expect(error).toMatchObject({ code: 'internal', command: 'getState', message: 'getState: failed' })
  })

  it('rejects a command that gets no reply, saying what to check', async () => {
    vi.useFakeTimers()
    const { client } = setUp(1500)
    const play = client.call('play')
    vi.advanceTimersByTime(1500)
    await expect(play).rejects.toMatchObject({
      code: 'timeout',
      message: expect.stringMatching(
        /^play: expected a reply within 1\.5 s, got none — is this page's origin on the embed's allow-list/,
      ),
    })
  })

  it('hands events to their listeners; one failing listener does not stop the others', () => {
    vi.useFakeTimers()
    const { client } = setUp()
    const seen: unknown[] = []
    client.on('chapterchange', () => {
      throw new Error('a host bug')
    })
    const off = client.on('chapterchange', (d) => seen.push(d))
    client.receive({
      spine3d: 1,
      event: 'chapterchange',
      data: { chapter: 'cement', procedure: 'kyphoplasty' },
    })
    off()
    client.receive({
      spine3d: 1,
      event: 'chapterchange',
      data: { chapter: 'result', procedure: 'kyphoplasty' },
    })
    expect(seen).toEqual([{ chapter: 'cement', procedure: 'kyphoplasty' }])
    expect(() => vi.runAllTimers(), 'the listener’s error is rethrown on its own').toThrow('a host bug')
  })

  it('ignores what is not a protocol message', () => {
    const { client, posted } = setUp()
    void client.call('play')
    for (const data of [null, 'spine3d', { spine3d: 2, event: 'ready' }, { id: 1, ok: true }])
      client.receive(data)
    expect(posted, 'still waiting for the embed to speak').toEqual([])
  })

  it('rejects everything once destroyed', async () => {
    const { client } = setUp()
    const waiting = client.call('play')
    client.destroy()
    await expect(waiting).rejects.toMatchObject({ code: 'destroyed' })
    await expect(client.call('pause')).rejects.toMatchObject({ code: 'destroyed' })
  })
})
