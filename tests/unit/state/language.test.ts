import { afterEach, describe, expect, it } from 'vitest'
import { es } from '../../../src/i18n/es.ts'
import type { Language } from '../../../src/i18n/languages.ts'
import { activateLanguage, locale, registerCatalogue, t } from '../../../src/i18n/t.ts'
import { type CatalogueLoader, startLanguage } from '../../../src/state/languageClient.ts'
import { languageFromSearch } from '../../../src/state/languageParams.ts'
import { createPlayer, type FrameScheduler } from '../../../src/state/player.ts'
import { createPlayhead } from '../../../src/state/playhead.ts'
import { createAppStore } from '../../../src/state/store.ts'
import { syncUrl } from '../../../src/state/syncUrl.ts'

afterEach(() => activateLanguage('en'))

describe('the language at start', () => {
  it('comes from lang= in the address, a regional tag included', () => {
    expect(languageFromSearch('?lang=es', ['de-DE'])).toEqual({ lang: 'es', origin: 'url' })
    expect(languageFromSearch('?lang=fr-CA', [])).toEqual({ lang: 'fr', origin: 'url' })
  })

  it('else from the first of the browser’s languages the app speaks, else English', () => {
    expect(languageFromSearch('?level=L1', ['pt-BR', 'de-AT', 'fr'])).toEqual({
      lang: 'de',
      origin: 'browser',
    })
    expect(languageFromSearch('', ['ja'])).toEqual({ lang: 'en', origin: 'default' })
    expect(languageFromSearch('', [])).toEqual({ lang: 'en', origin: 'default' })
  })

  it('refuses an unknown lang= plainly, saying what is allowed and what is shown instead', () => {
    const { lang, problem } = languageFromSearch('?lang=klingon', ['fr-FR'])
    expect(lang).toBe('fr')
    expect(problem?.message).toBe('lang: expected one of en | es | de | fr, got "klingon" — shown in French')
    expect(languageFromSearch('?lang=', []).problem?.message).toMatch(/got "" — shown in English$/)
  })
})

/** A loader whose loads the test settles by hand. */
function manualLoader() {
  const pending = new Map<Language, { resolve(): void; reject(e: Error): void }>()
  const load: CatalogueLoader = (lang) =>
    new Promise<void>((resolve, reject) => {
      pending.set(lang, {
        resolve: () => {
          if (lang === 'es') registerCatalogue('es', es)
          resolve()
        },
        reject,
      })
    })
  return { load, pending }
}

const settle = () => new Promise((r) => setTimeout(r, 0))

describe('the language client', () => {
  it('shows a chosen language once its texts have loaded, and not before', async () => {
    const store = createAppStore()
    const { load, pending } = manualLoader()
    store.getState().actions.chooseLanguage('es')
    const client = startLanguage(store, load)
    await settle()
    expect(store.getState().language).toEqual({ chosen: 'es', shown: 'en' })
    expect(t('player.play')).toBe('Play')
    pending.get('es')?.resolve()
    await client.ready
    expect(store.getState().language).toEqual({ chosen: 'es', shown: 'es' })
    expect(t('player.play')).toBe('Reproducir')
    expect(locale()).toBe('es')
    client.stop()
  })

  it('lets the newest choice win over a load still on its way', async () => {
    const store = createAppStore()
    const { load, pending } = manualLoader()
    const client = startLanguage(store, load)
    store.getState().actions.chooseLanguage('es')
    store.getState().actions.chooseLanguage('en') // changed their mind before Spanish arrived
    pending.get('es')?.resolve()
    await settle()
    expect(store.getState().language).toEqual({ chosen: 'en', shown: 'en' })
    expect(locale()).toBe('en')
    client.stop()
  })

  it('keeps the page as it was when a catalogue fails to load, and says so', async () => {
    const store = createAppStore()
    const { load, pending } = manualLoader()
    const client = startLanguage(store, load)
    store.getState().actions.chooseLanguage('de')
    pending.get('de')?.reject(new Error('offline'))
    await settle()
    expect(store.getState().language).toEqual({ chosen: 'en', shown: 'en' })
    expect(store.getState().notices.map((n) => n.message)).toEqual([
      'lang: the texts in German did not load (offline) — still shown in English',
    ])
    client.stop()
  })
})

const noFrames: FrameScheduler = { request: () => 0, cancel: () => undefined }

function fakeAddress(search: string) {
  const location = { pathname: '/', search, hash: '' } as Location
  const history = {
    state: null,
    replaceState(_state: unknown, _title: string, url: string) {
      location.search = url.slice(url.indexOf('?')).replace(/^\/$/, '')
    },
  } as unknown as History
  return { location, history }
}

describe('the language in the address', () => {
  const start = (search: string, browser: string[]) => {
    const store = createAppStore()
    const playhead = createPlayhead()
    const { location, history } = fakeAddress(search)
    const stop = syncUrl(store, playhead, createPlayer(store, playhead, noFrames), location, history, browser)
    return { store, location, stop }
  }

  it('is chosen from lang=, else the browser, and always written back so a shared link keeps it', () => {
    const linked = start('?lang=de&level=L2', ['fr-FR'])
    expect(linked.store.getState().language.chosen).toBe('de')
    expect(linked.location.search).toMatch(/[?&]lang=de(&|$)/)
    const fresh = start('', ['es-ES', 'en'])
    expect(fresh.store.getState().language.chosen).toBe('es')
    expect(fresh.location.search).toMatch(/[?&]lang=es(&|$)/)
    fresh.store.getState().actions.chooseLanguage('fr')
    expect(fresh.location.search).toMatch(/[?&]lang=fr(&|$)/)
    linked.stop()
    fresh.stop()
  })

  it('turns a bad lang= into a notice and writes the language shown instead', () => {
    const { store, location, stop } = start('?lang=xx', [])
    expect(store.getState().notices[0]?.problem?.code).toBe('lang.unknown')
    expect(location.search).toMatch(/[?&]lang=en(&|$)/)
    expect(store.getState().notices.some((n) => /not a scenario key/.test(n.message))).toBe(false)
    stop()
  })
})
