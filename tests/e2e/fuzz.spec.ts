/**
 * Fuzzing against the production build: random and adversarial address parameters (applied in one
 * page through the browser's back button, which reads the address through the same path as a page
 * load, plus real loads of the nastiest) and postMessages from an allowed host page. Nothing may
 * throw, the picture must never go blank, and every bad value is refused by name. Seeded
 * (tests/e2e/fuzzInputs.ts): the seed is printed, `FUZZ_SEED` replays it, `FUZZ_SCALE` multiplies.
 */
import type { Page } from '@playwright/test'
import { openHost, ready, testOrigins } from './embedHost.ts'
import { expect, openApp, test } from './fixtures.ts'
import { messages, NASTY_LOADS, SCALE, SEED, urlSets } from './fuzzInputs.ts'
import { decodePng, distinctColours } from './pixels.ts'

const origins = testOrigins()

/**
 * The canvas shows a picture (many colours), not a blank or one-colour frame. Decoded in a blank
 * page of the same browser: the app's Content-Security-Policy refuses the `data:` fetch.
 */
export async function expectDrawn(page: Page, what: string): Promise<void> {
  const png = await page.locator('canvas').first().screenshot()
  const blank = await page.context().newPage()
  try {
    expect(distinctColours(await decodePng(blank, png)), `a drawn picture after ${what}`).toBeGreaterThan(12)
  } finally {
    await blank.close()
  }
}

test.describe('fuzzing the address', () => {
  test.setTimeout(240_000)

  test(`${1000 * SCALE} parameter sets through back/forward, in one page`, async ({ watched: page }) => {
    console.log(`fuzz seed ${SEED} (FUZZ_SEED=${SEED} replays it)`)
    await page.setViewportSize({ width: 640, height: 480 })
    await openApp(page, '?labels=0')
    // The set being applied when something throws, for the report (the fixture fails the test on it).
    await page.evaluate(() => {
      const w = window as unknown as { fuzzAt: string; fuzzErrors: string[] }
      w.fuzzErrors = []
      addEventListener('error', (e) => w.fuzzErrors.push(`${e.message} while applying ${w.fuzzAt}`))
    })
    const sets = urlSets(Math.round(1000 * SCALE))
    const batch = Math.min(100, sets.length)
    const started = Date.now()
    for (let from = 0; from < sets.length; from += batch) {
      const failures = await page.evaluate(
        async (chunk) => {
          const failed: string[] = []
          const lastNotice = () => document.querySelector('.notices li:last-child')?.textContent ?? ''
          for (const { query, expect: key } of chunk) {
            const before = lastNotice()
            // A real back navigation: the entry with the set, another after it, then back.
            history.pushState(null, '', `/?${query}`)
            history.pushState(null, '', '/?fuzz=next')
            await new Promise<void>((resolve) => {
              addEventListener('popstate', () => resolve(), { once: true })
              history.back()
            })
            if (key === null) continue
            // The notice names the key, as the address spelled it (× is the dismiss button).
            let text = lastNotice()
            for (
              let waited = 0;
              waited < 2000 && !(text !== before && text.includes(`${key}:`));
              waited += 20
            ) {
              await new Promise((r) => setTimeout(r, 20))
              text = lastNotice()
            }
            if (!text.includes(`${key}:`))
              failed.push(`?${query.slice(0, 200)} → last notice "${text.slice(0, 200)}"`)
          }
          return failed
        },
        sets.slice(from, from + batch),
      )
      expect(
        failures,
        `sets ${from}–${from + batch - 1} (seed ${SEED}) whose bad value was not named`,
      ).toEqual([])
      const thrown = await page.evaluate(() => (window as unknown as { fuzzErrors: string[] }).fuzzErrors)
      expect(thrown, `uncaught errors (seed ${SEED})`).toEqual([])
      await expectDrawn(page, `set ${from + batch - 1}`)
      console.log(`  ${from + batch} sets, ${((Date.now() - started) / 1000).toFixed(1)} s`)
    }
    console.log(`${sets.length} address sets in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    await expect(page.locator('html')).not.toHaveAttribute('data-simulation', 'error')
  })

  test(`${NASTY_LOADS.length} page loads with the nastiest addresses`, async ({ watched: page }) => {
    await page.setViewportSize({ width: 640, height: 480 })
    for (const query of NASTY_LOADS) {
      await openApp(page, `?${query}`)
      await expect(page.getByRole('alert').first(), `a notice for ?${query.slice(0, 80)}`).toBeVisible()
      const notice = (await page.locator('.notices').textContent()) ?? ''
      expect(notice.length, 'a notice cut to a readable length').toBeLessThan(3000)
      await expectDrawn(page, `?${query.slice(0, 80)}`)
    }
  })
})

test.describe('fuzzing the postMessage API', () => {
  test.use({ otherOrigins: [origins.host, origins.stranger] })
  test.setTimeout(180_000)

  test(`${Math.round(1000 * SCALE)} messages from an allowed host page`, async ({ watched: page }) => {
    console.log(`fuzz seed ${SEED} (FUZZ_SEED=${SEED} replays it)`)
    await openHost(page, origins, { options: { labels: false, captions: false } })
    await ready(page)
    const list = messages(Math.round(1000 * SCALE))
    const started = Date.now()
    const outcome = await page.evaluate(
      async ({ list, app }) => {
        const frame = window.player.iframe.contentWindow as Window
        const replies = new Map<string, { ok: boolean; error?: { code: string; message: string } }>()
        const errors: string[] = []
        addEventListener('message', (e) => {
          if (e.origin !== app) return
          const m = e.data as { id?: string; ok?: boolean; event?: string; data?: { message: string } }
          if (typeof m.id === 'string') replies.set(m.id, m as never)
          if (m.event === 'error') errors.push(m.data?.message ?? '')
        })
        const SPECIAL: Record<string, unknown> = {
          '@NaN': NaN,
          '@Inf': Infinity,
          '@-Inf': -Infinity,
          '@undef': undefined,
        }
        const revive = (_k: string, v: unknown) =>
          typeof v === 'string' && Object.hasOwn(SPECIAL, v) ? SPECIAL[v] : v
        const until = async (done: () => boolean) => {
          for (let waited = 0; !done() && waited < 1000; waited += 5)
            await new Promise((r) => setTimeout(r, 5))
          return done()
        }
        const failed: string[] = []
        const counts = { reply: 0, event: 0, ok: 0, none: 0 }
        for (const { json, expect } of list) {
          const message = JSON.parse(json, revive)
          const id = (JSON.parse(json) as { id?: unknown }).id
          const eventsBefore = errors.length
          frame.postMessage(message, app)
          counts[expect]++
          const shown = json.slice(0, 160)
          if (expect === 'reply' || expect === 'ok') {
            if (!(await until(() => replies.has(id as string)))) {
              failed.push(`no reply to ${shown}`)
              continue
            }
            const reply = replies.get(id as string)
            if (expect === 'ok' && !reply?.ok) failed.push(`refused ${shown}: ${reply?.error?.message}`)
            if (expect === 'reply') {
              const text = reply?.error?.message ?? ''
              if (reply?.ok) failed.push(`obeyed ${shown}`)
              else if (!/^[\w.[\]]*: expected .+, got .+ — /.test(text) || text.length > 1000)
                failed.push(`unclear refusal of ${shown}: ${text.slice(0, 200)}`)
            }
          }
          if (expect === 'event' || expect === 'reply') {
            if (!(await until(() => errors.length > eventsBefore))) failed.push(`no error event for ${shown}`)
            else if (!/expected .+, got /.test(errors.at(-1) ?? ''))
              failed.push(`unclear error event for ${shown}`)
          }
        }
        return { failed, counts }
      },
      { list, app: origins.app },
    )
    console.log(`${list.length} messages in ${((Date.now() - started) / 1000).toFixed(1)} s:`, outcome.counts)
    expect(outcome.failed, `messages not refused clearly (seed ${SEED})`).toEqual([])
    // The embed still obeys, and still draws.
    const state = await page.evaluate(() => window.player.getState())
    expect(state.status).toMatchObject({ ready: true, webgl: 'ok' })
    const png = await page.evaluate(() => window.player.screenshot())
    const pixels = await decodePng(page, Buffer.from(png.split(',')[1] ?? '', 'base64'))
    expect(distinctColours(pixels), 'a drawn picture after the messages').toBeGreaterThan(12)
  })
})
