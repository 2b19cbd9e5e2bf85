import { describe, expect, it } from 'vitest'
import { createPlayer, type FrameScheduler } from '../../../src/state/player.ts'
import { createPlayhead } from '../../../src/state/playhead.ts'
import { createAppStore } from '../../../src/state/store.ts'
import { type AddressEvents, syncUrl } from '../../../src/state/syncUrl.ts'
import { scenarioInputFromSearch } from '../../../src/state/urlParams.ts'

const noFrames: FrameScheduler = { request: () => 0, cancel: () => undefined }

/** A fake address bar with a history of entries and a `popstate` to fire, as a browser's back button does. */
function fakeBrowser(search: string, framed = false) {
  const location = { pathname: '/', search, hash: '' } as Location
  const entries = [search]
  let index = 0
  const go = (url: string) => url.slice(url.indexOf('?')).replace(/^\/$/, '')
  const history = {
    state: null,
    replaceState(_s: unknown, _t: string, url: string) {
      location.search = go(url)
      entries[index] = location.search
    },
    pushState(_s: unknown, _t: string, url: string) {
      location.search = go(url)
      entries.splice(++index, entries.length, location.search)
    },
  } as unknown as History
  let listener: (() => void) | null = null
  const events: AddressEvents = {
    addEventListener: (_type, l) => {
      listener = l
    },
    removeEventListener: () => {
      listener = null
    },
    framed,
  }
  const back = () => {
    location.search = entries[--index] as string
    listener?.()
  }
  return { location, history, events, entries, back }
}

function start(search: string, framed = false) {
  const store = createAppStore()
  const playhead = createPlayhead()
  const browser = fakeBrowser(search, framed)
  const stop = syncUrl(
    store,
    playhead,
    createPlayer(store, playhead, noFrames),
    browser.location,
    browser.history,
    ['en'],
    browser.events,
  )
  return { store, ...browser, stop }
}

describe('back and forward', () => {
  it('gives a changed case its own history entry, and back shows the entry before it', () => {
    const { store, entries, back, location, stop } = start('?level=T8&grade=3&cementViscosity=low')
    const { actions } = store.getState()
    actions.applyScenario({ level: 'L3', shape: 'crush' }, 'controls')
    expect(entries).toHaveLength(2)
    // A slider's steps right after it share the entry.
    actions.applyScenario({ heightLossPct: 20 }, 'panel')
    actions.applyScenario({ heightLossPct: 21 }, 'panel')
    expect(entries).toHaveLength(2)
    expect(location.search).toMatch(/loss=21/)
    back()
    expect(store.getState().scenario).toMatchObject({
      level: 'T8',
      grade: 3,
      shape: 'wedge',
      cementViscosity: 'low',
    })
    stop()
  })

  it('reads an entry over the defaults: a key the address lacks is the default, a bad one a notice', () => {
    const { store, location, history, back, stop } = start(
      '?level=T8&grade=3&cementViscosity=low&view=fluoro',
    )
    history.pushState(null, '', '/?level=L2&loss=40&shape=sphere')
    history.pushState(null, '', '/?level=L5')
    back()
    expect(store.getState().scenario).toMatchObject({
      level: 'L2',
      heightLossPct: 40,
      cementViscosity: 'medium',
    })
    expect(store.getState().scenario.grade).toBeUndefined()
    expect(store.getState().view.mode).toBe('scene')
    expect(store.getState().notices.at(-1)?.message).toMatch(
      /^shape: expected one of wedge \| biconcave \| crush/,
    )
    expect(location.search).toMatch(/loss=40/)
    stop()
  })

  it('never adds entries in a frame (they would be the host page’s back button)', () => {
    const { store, entries, stop } = start('?level=T8', true)
    store.getState().actions.applyScenario({ level: 'L3' }, 'api')
    expect(entries).toHaveLength(1)
    stop()
  })
})

describe('adversarial keys in the address', () => {
  it('keeps __proto__ and constructor as plain keys, refused by name', () => {
    const input = scenarioInputFromSearch('?__proto__=x&constructor=1&level=L2')
    expect(Object.keys(input)).toEqual(['__proto__', 'constructor', 'level'])
    const store = createAppStore()
    store.getState().actions.applyScenario(input, 'url')
    expect(store.getState().notices.map((n) => n.message.split(':')[0])).toEqual(['__proto__', 'constructor'])
    expect(store.getState().scenario.level).toBe('L2')
  })
})
