/**
 * Fuzzing against the production build: random and adversarial address parameters (applied in one
 * page through the browser's back button, which reads the address through the same path as a page
 * load, plus real loads of the nastiest) and postMessages from an allowed host page. Nothing may
 * throw, the picture must never go blank, and every bad value is refused by name. Seeded
 * (tests/e2e/fuzzInputs.ts): the seed is printed, `FUZZ_SEED` replays it, `FUZZ_SCALE` multiplies.
 *
 * Speed: the sets run in the page, 100 per `evaluate`, most without the browser's history round
 * trip (`REAL_BACK_EVERY`). A set whose bad value must be named waits for its notice (one React
 * commit); the others do not wait for anything to be drawn, so the app's debounced simulation and
 * the frames are shared by the sets that come close together.
 * Uncaught errors are collected all along; the canvas is checked after every 100 sets.
 */
import { CHROMIUM_ARGS, launchOptions } from '../../scripts/browser.ts'
import { openHost, ready, testOrigins } from './embedHost.ts'
import { expect, openApp, test } from './fixtures.ts'
import { messages, NASTY_LOADS, SCALE, SEED, urlSets } from './fuzzInputs.ts'
import { decodePng, distinctColours, expectDrawn } from './pixels.ts'

const origins = testOrigins()
/**
 * Every 25th set goes through a real back navigation (two entries pushed, then `history.back()`);
 * the others put the set in the address with `replaceState` and fire the `popstate` that the app's
 * back/forward handler answers (the same handler and parser, without the browser's round trip,
 * which waits for the frame being drawn: ~0.17 s a set here).
 */
const REAL_BACK_EVERY = 25

// Chromium ignores a page's history.pushState/replaceState beyond 200 in 10 s ("Throttling
// navigation", a guard against runaway pages): this test changes the address thousands of times
// on purpose, so the guard is off for these tests only. A throttled call is also caught below.
test.use({
  launchOptions: { ...launchOptions, args: [...CHROMIUM_ARGS, '--disable-ipc-flooding-protection'] },
})

test.describe('fuzzing the address', () => {
  test.setTimeout(180_000)

  test(`${Math.round(1000 * SCALE)} parameter sets through back/forward, in one page`, async ({
    watched: page,
    problems,
  }) => {
    console.log(`fuzz seed ${SEED} (FUZZ_SEED=${SEED} replays it)`)
    page.on('console', (m) => {
      if (/throttl/i.test(m.text())) problems.push(`the browser throttled the address changes: ${m.text()}`)
    })
    await page.setViewportSize({ width: 640, height: 480 })
    await openApp(page, '?labels=0')
    await page.evaluate(() => {
      const w = window as unknown as { fuzzAt: string; fuzzErrors: string[] }
      w.fuzzErrors = []
      const note = (what: string) => w.fuzzErrors.push(`${what} while applying ?${w.fuzzAt?.slice(0, 200)}`)
      addEventListener('error', (e) => note(`${e.message} ${(e.error as Error | undefined)?.stack ?? ''}`))
      addEventListener('unhandledrejection', (e) => note(`unhandled rejection: ${String(e.reason)}`))
    })
    const sets = urlSets(Math.round(1000 * SCALE))
    const started = Date.now()
    let named = 0
    for (let from = 0; from < sets.length; from += 100) {
      const chunk = sets.slice(from, from + 100)
      const { failed, checked } = await page.evaluate(
        async ({ list, REAL_BACK_EVERY }) => {
          const w = window as unknown as { fuzzAt: string }
          const failed: string[] = []
          let checked = 0
          /** Resolves at the next change of the page (a React commit), or after `ms`. */
          const nextChange = (ms: number) =>
            new Promise<void>((resolve) => {
              const observer = new MutationObserver(() => done())
              const timer = setTimeout(() => done(), ms)
              const done = () => {
                observer.disconnect()
                clearTimeout(timer)
                resolve()
              }
              observer.observe(document.body, { childList: true, subtree: true, characterData: true })
            })
          for (const [n, { query, expect: key }] of list.entries()) {
            w.fuzzAt = query
            const before = new Set(document.querySelectorAll('.notices li'))
            // (The hash marks the entry: the app keeps it when it rewrites the address it read.)
            if (n % REAL_BACK_EVERY === 0) {
              // A real back navigation: the entry with the set, another after it, then back.
              history.pushState(null, '', `/?${query}#set${n}`)
              history.pushState(null, '', '/?fuzz=next')
              await new Promise<void>((resolve) => {
                addEventListener('popstate', () => resolve(), { once: true })
                history.back()
              })
            } else {
              // The same handler without the browser's round trip: the address, then its popstate.
              history.replaceState(null, '', `/?${query}#set${n}`)
              dispatchEvent(new PopStateEvent('popstate', { state: null }))
            }
            if (location.hash !== `#set${n}`)
              failed.push(`?${query.slice(0, 200)} was not applied (at ${location.hash})`)
            if (key === null) continue
            // The notice for the bad value names its key, as the address spelled it (× is the dismiss button).
            const fresh = () =>
              [...document.querySelectorAll('.notices li')]
                .filter((li) => !before.has(li))
                .map((li) => li.textContent)
            const deadline = performance.now() + 3000
            while (!fresh().some((t) => t?.includes(`${key}:`)) && performance.now() < deadline)
              await nextChange(500)
            const texts = fresh()
            if (texts.some((t) => t?.includes(`${key}:`))) checked++
            else failed.push(`?${query.slice(0, 200)} → new notices ${JSON.stringify(texts).slice(0, 300)}`)
          }
          return { failed, checked }
        },
        { list: chunk, REAL_BACK_EVERY },
      )
      named += checked
      expect(failed, `sets ${from}–${from + chunk.length - 1} (seed ${SEED})`).toEqual([])
      const thrown = await page.evaluate(() => (window as unknown as { fuzzErrors: string[] }).fuzzErrors)
      expect(thrown, `uncaught errors (seed ${SEED})`).toEqual([])
      await expectDrawn(page, `set ${from + chunk.length - 1}`)
    }
    const seconds = (Date.now() - started) / 1000
    console.log(
      `${sets.length} address sets (${named} with a bad value named by its notice) in ${seconds.toFixed(1)} s`,
    )
    expect(named).toBe(sets.filter((s) => s.expect !== null).length)
    await expect(page.locator('html')).not.toHaveAttribute('data-simulation', 'error')
    await expect(page.locator('html')).toHaveAttribute('data-simulation', 'ready')
    await expectDrawn(page, 'the last set, simulated')
  })

  test(`${NASTY_LOADS.length} page loads with the nastiest addresses`, async ({ watched: page }) => {
    await page.setViewportSize({ width: 640, height: 480 })
    const started = Date.now()
    for (const query of NASTY_LOADS) {
      await openApp(page, `?${query}`)
      await expect(page.getByRole('alert').first(), `a notice for ?${query.slice(0, 80)}`).toBeVisible()
      const notice = (await page.locator('.notices').textContent()) ?? ''
      expect(notice.length, 'a notice cut to a readable length').toBeLessThan(3000)
      await expectDrawn(page, `?${query.slice(0, 80)}`)
    }
    console.log(`${NASTY_LOADS.length} page loads in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  })
})

test.describe('fuzzing the postMessage API', () => {
  test.use({ otherOrigins: [origins.host, origins.stranger] })
  test.setTimeout(120_000)

  test(`${Math.round(1000 * SCALE)} messages from an allowed host page`, async ({ watched: page }) => {
    console.log(`fuzz seed ${SEED} (FUZZ_SEED=${SEED} replays it)`)
    await openHost(page, origins, { options: { labels: false, captions: false } })
    await ready(page)
    const list = messages(Math.round(1000 * SCALE))
    const started = Date.now()
    const outcome = await page.evaluate(
      async ({ list, app }) => {
        const frame = window.player.iframe.contentWindow as Window
        type Reply = { id: unknown; ok: boolean; error?: { code: string; message: string } }
        const replies = new Map<unknown, Reply>()
        /** Error events by the id they answer; those without one in arrival order. */
        const errorsById = new Map<unknown, string>()
        const idless: string[] = []
        addEventListener('message', (e) => {
          if (e.origin !== app) return
          const m = e.data as Reply & { event?: string; data?: { message: string; id?: unknown } }
          if (m.id !== undefined && 'ok' in m) replies.set(m.id, m)
          if (m.event === 'error') {
            if (m.data?.id !== undefined) errorsById.set(m.data.id, m.data.message)
            else idless.push(m.data?.message ?? '')
          }
        })
        const SPECIAL: Record<string, unknown> = {
          '@NaN': NaN,
          '@Inf': Infinity,
          '@-Inf': -Infinity,
          '@undef': undefined,
        }
        const revive = (_k: string, v: unknown) =>
          typeof v === 'string' && Object.hasOwn(SPECIAL, v) ? SPECIAL[v] : v
        const depth = (v: unknown): number => {
          let d = 0
          for (let o = v; typeof o === 'object' && o !== null; o = Object.values(o)[0]) d++
          return d
        }
        const frames = (n: number) =>
          new Promise<void>((resolve) => {
            const step = (k: number) => (k === 0 ? resolve() : requestAnimationFrame(() => step(k - 1)))
            step(n)
          })
        const failed: string[] = []
        const counts = { reply: 0, event: 0, ok: 0, none: 0, undeliverable: 0, notSent: 0 }
        /** Whether the browser delivers `message` at all: posted to this very window, a control. */
        const delivered = (message: unknown, id: unknown) =>
          new Promise<boolean>((resolve) => {
            const mark = `control-${String(id)}`
            const done = (yes: boolean) => {
              removeEventListener('message', onMessage)
              clearTimeout(timer)
              resolve(yes)
            }
            const onMessage = (e: MessageEvent) => {
              if ((e.data as { mark?: string } | null)?.mark === mark) done(true)
            }
            const timer = setTimeout(() => done(false), 500)
            addEventListener('message', onMessage)
            postMessage({ mark, message }, '*')
          })
        const BURST = 50
        for (let from = 0; from < list.length; from += BURST) {
          const burst = list.slice(from, from + BURST).map(({ json, expect }) => {
            const message = JSON.parse(json, revive)
            return {
              json,
              expect,
              message,
              id: (JSON.parse(json) as { id?: unknown }).id,
              deep: depth(message),
            }
          })
          const idlessBefore = idless.length
          for (const m of burst) {
            try {
              frame.postMessage(m.message, app)
            } catch (error) {
              // The host's own browser could not copy it (too deep for the serialiser): nothing reached the app.
              counts.notSent++
              if (m.deep < 100) failed.push(`could not post ${m.json.slice(0, 160)}: ${String(error)}`)
              m.expect = 'none'
            }
          }
          const withId = burst.filter((m) => m.expect === 'reply' || m.expect === 'ok')
          const idlessWanted = burst.filter((m) => m.expect === 'event').length
          // Everything answered: a reply (and an error event for a refusal) for each message with an
          // id, and the id-less error events. Messages nested thousands deep get a short grace only:
          // Chromium drops a message it cannot deserialise (past ~2,100 levels) without any event.
          const shallow = withId.filter((m) => m.deep < 1000)
          const settled = () =>
            shallow.every((m) => replies.has(m.id)) &&
            withId.every((m) => !replies.has(m.id) || m.expect === 'ok' || errorsById.has(m.id)) &&
            idless.length - idlessBefore >= idlessWanted
          const deadline = performance.now() + 10_000
          while (!settled() && performance.now() < deadline) await new Promise((r) => setTimeout(r, 10))
          const grace = performance.now() + 300
          while (withId.some((m) => !replies.has(m.id)) && performance.now() < grace)
            await new Promise((r) => setTimeout(r, 20))
          for (const m of burst) {
            counts[m.expect]++
            const shown = m.json.slice(0, 160)
            if (m.expect === 'none' || m.expect === 'event') continue // (id-less events: counted below)
            const reply = replies.get(m.id)
            if (!reply) {
              // Unanswered: only if the browser does not deliver it at all. Shown by posting it to this window.
              if (await delivered(m.message, m.id)) failed.push(`no reply to ${shown}`)
              else counts.undeliverable++
              continue
            }
            if (m.expect === 'ok') {
              if (!reply.ok) failed.push(`refused ${shown}: ${reply.error?.message}`)
              continue
            }
            const text = reply.error?.message ?? ''
            if (reply.ok) failed.push(`obeyed ${shown}`)
            else if (!/^[\w.[\]]*: expected .+, got .+ — /s.test(text) || text.length > 1000)
              failed.push(`unclear refusal of ${shown}: ${text.slice(0, 1200)}`)
            const event = errorsById.get(m.id)
            if (event === undefined) failed.push(`no error event for ${shown}`)
            else if (!/expected .+, got /s.test(event)) failed.push(`unclear error event for ${shown}`)
          }
          const events = idless.slice(idlessBefore)
          if (events.length < idlessWanted)
            failed.push(`burst at ${from}: ${events.length} id-less error events, expected ${idlessWanted}`)
          for (const text of events)
            if (!/expected .+, got /s.test(text))
              failed.push(`unclear id-less error event: ${text.slice(0, 200)}`)
          await frames(1)
        }
        return { failed, counts }
      },
      { list, app: origins.app },
    )
    const seconds = (Date.now() - started) / 1000
    console.log(`${list.length} messages in ${seconds.toFixed(1)} s:`, outcome.counts)
    expect(outcome.failed, `messages not refused clearly (seed ${SEED})`).toEqual([])
    // The embed still obeys, and still draws.
    const state = await page.evaluate(() => window.player.getState())
    expect(state.status).toMatchObject({ ready: true, webgl: 'ok' })
    const png = await page.evaluate(() => window.player.screenshot())
    const pixels = await decodePng(page, Buffer.from(png.split(',')[1] ?? '', 'base64'))
    expect(distinctColours(pixels), 'a drawn picture after the messages').toBeGreaterThan(12)
  })
})
