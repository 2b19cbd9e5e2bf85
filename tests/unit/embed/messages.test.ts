import { describe, expect, it } from 'vitest'
import { parseMessage } from '../../../src/embed/messages.ts'

const command = (name: string, args?: unknown, id: string | number = 7) => ({
  spine3d: 1,
  id,
  command: name,
  args,
})

describe('postMessage schema', () => {
  it('passes over messages that are not for Spine3D', () => {
    for (const data of [null, 42, 'hello', { type: 'resize' }, [1, 2], undefined])
      expect(parseMessage(data), JSON.stringify(data)).toEqual({ kind: 'foreign' })
  })

  it('accepts each command with its arguments, typed', () => {
    expect(parseMessage(command('play'))).toEqual({
      kind: 'command',
      id: 7,
      command: 'play',
      args: undefined,
    })
    expect(parseMessage(command('pause', {}))).toMatchObject({ kind: 'command', command: 'pause' })
    expect(parseMessage(command('seek', { t: 12.5 }, 'a'))).toEqual({
      kind: 'command',
      id: 'a',
      command: 'seek',
      args: { t: 12.5 },
    })
    expect(parseMessage(command('setChapter', { chapter: 'cement', t: 3 }))).toMatchObject({
      args: { chapter: 'cement', t: 3 },
    })
    expect(parseMessage(command('setView', { view: 'compare', overlay: ['risk', 'height'] }))).toMatchObject({
      args: { view: 'compare', overlay: ['risk', 'height'] },
    })
    expect(parseMessage(command('setOverlay', { overlay: 'fluoro', on: true }))).toMatchObject({
      args: { overlay: 'fluoro', on: true },
    })
    // Scenario values are the scenario schema's to check (parseScenario), not this one's.
    expect(parseMessage(command('setScenario', { level: 'Z9', grade: 'x' }))).toMatchObject({
      kind: 'command',
      args: { level: 'Z9', grade: 'x' },
    })
  })

  it('refuses a malformed envelope, with the id when it had a usable one', () => {
    expect(parseMessage({ spine3d: 2, id: 1, command: 'play' })).toEqual({
      kind: 'invalid',
      id: 1,
      error: {
        code: 'bad-message',
        id: 1,
        message: 'message.spine3d: expected one of 1, got 2 — send { spine3d: 1, id, command, args }',
      },
    })
    expect(parseMessage({ spine3d: 1, command: 'play' })).toMatchObject({
      id: null,
      error: { code: 'bad-message' },
    })
    expect(parseMessage({ spine3d: 1, id: 'x'.repeat(65), command: 'play' })).toMatchObject({ id: null })
    expect(parseMessage({ spine3d: 1, id: Number.NaN, command: 'play' })).toMatchObject({ id: null })
    expect(parseMessage(JSON.stringify(command('play')))).toMatchObject({
      kind: 'invalid',
      error: { code: 'bad-message', message: expect.stringContaining('expected an object, got a string') },
    })
  })

  it('names an unknown command and the known ones', () => {
    const parsed = parseMessage(command('fly'))
    expect(parsed).toMatchObject({
      kind: 'invalid',
      id: 7,
      error: { code: 'unknown-command', command: 'fly' },
    })
    if (parsed.kind === 'invalid')
      expect(parsed.error.message).toMatch(/^command: expected one of play \| pause \| seek/)
    // Not a key of a prototype either.
    expect(parseMessage(command('constructor'))).toMatchObject({ error: { code: 'unknown-command' } })
    expect(parseMessage(command('__proto__'))).toMatchObject({ error: { code: 'unknown-command' } })
  })

  it('says which argument is wrong, and how', () => {
    const cases: [string, unknown, string][] = [
      ['seek', { t: 'soon' }, 'args.t: expected a finite number, got "soon" — seek not done'],
      [
        'seek',
        { t: Number.POSITIVE_INFINITY },
        'args.t: expected a finite number, got Infinity — seek not done',
      ],
      ['seek', undefined, 'args: expected an object, got nothing — seek not done'],
      [
        'setChapter',
        { chapter: 'surgery' },
        'args.chapter: expected one of fracture | access | needle | balloon | cavity | cement | result, got "surgery" — setChapter not done',
      ],
      [
        'setChapter',
        { chapter: 'cement', t: -1 },
        'args.t: expected at least 0, got -1 — setChapter not done',
      ],
      [
        'setView',
        { view: 'xray' },
        'args.view: expected one of scene | fluoro | compare | cutaway, got "xray" — setView not done',
      ],
      ['setView', { labels: 'yes' }, 'args.labels: expected a boolean, got "yes" — setView not done'],
      ['setView', { colour: 'red' }, 'args: expected only known keys, got "colour" — setView not done'],
      ['setOverlay', { overlay: 'risk' }, 'args.on: expected a boolean, got nothing — setOverlay not done'],
      ['play', { now: true }, 'args: expected only known keys, got "now" — play not done'],
    ]
    for (const [name, args, message] of cases)
      expect(parseMessage(command(name, args)), `${name} ${JSON.stringify(args)}`).toMatchObject({
        kind: 'invalid',
        error: { code: 'bad-args', message, command: name },
      })
  })

  it('refuses oversized input whole', () => {
    const many = Object.fromEntries(Array.from({ length: 41 }, (_, i) => [`key${i}`, i]))
    expect(parseMessage(command('setScenario', many))).toMatchObject({ error: { code: 'bad-args' } })
    expect(
      parseMessage(command('setView', { overlay: ['risk', 'risk', 'risk', 'risk', 'risk'] })),
    ).toMatchObject({
      error: { code: 'bad-args' },
    })
    expect(parseMessage({ spine3d: 1, id: 1, command: 'x'.repeat(41) })).toMatchObject({
      error: { code: 'bad-message' },
    })
  })

  it('checks a captured state before it is restored', () => {
    const state = {
      version: 1,
      scenario: { level: 'L1' },
      view: { labels: true },
      playback: { chapter: 'cement', t: 2, loop: false, speed: 1 },
      mode: 'patient',
      lang: 'en',
      camera: { position: [1, 2, 3], target: [0, 0, 0] },
    }
    expect(parseMessage(command('restoreState', state))).toMatchObject({ kind: 'command' })
    expect(parseMessage(command('restoreState', { ...state, camera: null }))).toMatchObject({
      kind: 'command',
    })
    for (const bad of [
      { ...state, version: 2 },
      { ...state, playback: { ...state.playback, speed: 3 } },
      { ...state, camera: { position: [1, 2], target: [0, 0, 0] } },
      { ...state, lang: 'xx' },
    ])
      expect(parseMessage(command('restoreState', bad))).toMatchObject({ error: { code: 'bad-args' } })
  })
})
