import { embedFrame, openHost, ready, testOrigins } from './embedHost.ts'
import { expect, test } from './fixtures.ts'

/**
 * Languages: a linked `lang=` opens in that language from the first paint, the browser's language
 * is used when the link names none, the language menu switches everything at run time (and the
 * address follows), and a bad `lang=` says what is allowed. Captions are read without waiting for
 * the 3D models, so these tests stay fast.
 */

/** Records every caption title the page shows, from the first render on (a flash of English would show here). */
async function recordCaptionTitles(page: import('@playwright/test').Page) {
  await page.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { __captionTitles: string[] }).__captionTitles = seen
    new MutationObserver(() => {
      const title = document.querySelector('.caption-title')?.textContent
      if (title && seen[seen.length - 1] !== title) seen.push(title)
    }).observe(document, { subtree: true, childList: true, characterData: true })
  })
  return () => page.evaluate(() => (window as unknown as { __captionTitles: string[] }).__captionTitles)
}

test.describe('languages', () => {
  test('lang=es opens in Spanish from the first paint, with <html lang="es">', async ({ watched: page }) => {
    const titles = await recordCaptionTitles(page)
    await page.goto('/?lang=es&procedure=vertebroplasty&chapter=cement&t=4.5&labels=0')
    await expect(page.getByRole('heading', { name: 'El cemento' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'es')
    await expect(page.locator('.caption-text')).toContainText('El cemento óseo, una pasta espesa')
    await expect(page.getByRole('button', { name: 'Reproducir' })).toBeVisible()
    await expect(page.getByRole('combobox', { name: 'Idioma' })).toHaveValue('es')
    expect(await titles(), 'caption titles shown since the first render').toEqual(['El cemento'])
    await expect(page).toHaveTitle(/las fracturas vertebrales por compresión/)
    await expect(page).toHaveURL(/[?&]lang=es(&|$)/)
  })

  test('while the app’s script is still on its way, the loading words are already in the reader’s language', async ({
    watched: page,
  }) => {
    // Hold the app's script back (a phone on a slow connection), so the page's own markup shows.
    let release = () => {}
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    await page.route(/\/assets\/main-[^/]*\.js$/, async (route) => {
      await held
      await route.continue()
    })
    await page.goto('/?lang=de')
    await expect(page.locator('.view-progress-text')).toHaveText('Die Wirbelsäule wird geladen …')
    await expect(page.getByRole('progressbar')).toHaveAccessibleName('Die Wirbelsäule wird geladen …')
    await expect(page.locator('html')).toHaveAttribute('lang', 'de')
    release()
    await expect(page.getByRole('button', { name: 'Abspielen' })).toBeVisible()
  })

  test('the language menu switches captions, player and figures at run time; the link follows', async ({
    watched: page,
  }) => {
    await page.goto('/?mode=educator&procedure=kyphoplasty&chapter=balloon&t=7&labels=0&overlay=height')
    await expect(page.getByRole('heading', { name: 'The balloon' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await page.waitForSelector('html[data-simulation="ready"]', { timeout: 60_000 })
    await page.getByRole('combobox', { name: 'Language' }).selectOption('de')
    await expect(page.getByRole('heading', { name: 'Der Ballon' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'de')
    await expect(page.locator('.caption-text')).toContainText('Zwei kleine Ballons, einer durch jede Nadel')
    await expect(page.getByRole('button', { name: 'Abspielen' })).toBeVisible()
    await expect(page.getByRole('button', { name: /3 Der Ballon/ })).toHaveAttribute('aria-current', 'step')
    await expect(page.getByRole('slider', { name: 'Position im Ablauf' })).toHaveAttribute(
      'aria-valuetext',
      /Der Ballon/,
    )
    // Figures in German: a decimal comma, and the technical note in German too.
    await expect(page.locator('[data-height="anterior"]')).toHaveText(/^\d+,\d\smm$/)
    await expect(page.locator('.caption-note')).toContainText('Ballonkatheter')
    await expect(page).toHaveURL(/[?&]lang=de(&|$)/)
    await expect(page.getByLabel('Genant-Grad')).toBeVisible() // the educator panel, rebuilt in German
    await page.getByRole('combobox', { name: 'Sprache' }).selectOption('fr')
    await expect(page.getByRole('heading', { name: 'Le ballonnet' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Lecture' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  })

  test('the sources dialog speaks the reader’s language; each reference stays as published, in English', async ({
    watched: page,
  }) => {
    await page.goto('/?lang=de&mode=patient&labels=0')
    await page.getByRole('button', { name: 'Was die Studien sagen' }).click()
    await page.getByRole('button', { name: 'Quelle: KAVIAR (Dohm 2014)' }).first().click()
    const dialog = page.getByRole('dialog', { name: 'Quellen' })
    await expect(dialog).toContainText('Die Studien hinter den Zahlen')
    const entry = dialog.locator('[data-source="dohm2014"]')
    await expect(entry).toBeFocused()
    await expect(entry).toContainText('Direkter Vergleich, 381 Patienten: ähnliche Schmerzlinderung')
    await expect(entry).toContainText('Evidenz: Metaanalyse oder randomisierte Studie')
    await expect(entry.locator('[lang="en"]')).toContainText(
      'A randomized trial comparing balloon kyphoplasty',
    )
  })

  test('a bad lang= is refused with what is allowed; the page opens in a language it speaks', async ({
    watched: page,
  }) => {
    await page.goto('/?lang=klingon&labels=0')
    await expect(page.getByRole('alert')).toContainText(
      'lang: expected one of en | es | de | fr, got "klingon" — shown in English',
    )
    await expect(page.getByRole('heading', { name: 'The broken bone' })).toBeVisible()
    await expect(page).toHaveURL(/[?&]lang=en(&|$)/)
  })
})

test.describe('without lang= in the link', () => {
  test.use({ locale: 'fr-CA' })

  test('the browser’s language is used, and written to the link', async ({ watched: page }) => {
    await page.goto('/?labels=0')
    await expect(page.getByRole('heading', { name: 'La vertèbre cassée' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
    await expect(page).toHaveURL(/[?&]lang=fr(&|$)/)
  })
})

test.describe('in an embed', () => {
  const origins = testOrigins()
  test.use({ otherOrigins: [origins.host, origins.stranger] })

  test('the SDK’s lang option opens it in that language, and a captured state keeps it', async ({
    watched: page,
  }) => {
    await openHost(page, origins, { options: { lang: 'de', chapter: 'balloon', t: 3 } })
    expect((await ready(page)).lang).toBe('de')
    const frame = await embedFrame(page, origins)
    await expect(frame.locator('.caption-title')).toHaveText('Der Ballon')
    await expect(frame.locator('html')).toHaveAttribute('lang', 'de')
    const captured = await page.evaluate(() => window.player.captureState())
    expect(captured.lang).toBe('de')
    await page.evaluate((state) => window.player.restoreState({ ...state, lang: 'fr' }), captured)
    await expect(frame.locator('.caption-title')).toHaveText('Le ballonnet')
  })
})
