import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { BOOT_LOADING } from '../../../src/i18n/bootText.ts'
import { de } from '../../../src/i18n/de.ts'
import { en } from '../../../src/i18n/en.ts'
import { es } from '../../../src/i18n/es.ts'
import { fr } from '../../../src/i18n/fr.ts'

/** index.html is read before any script runs: its words must be the catalogues' own. */
const html = readFileSync(new URL('../../../index.html', import.meta.url), 'utf8')

describe('index.html', () => {
  it('says in every language, without JavaScript, that JavaScript is needed', () => {
    const said = Object.fromEntries(
      [...html.matchAll(/<p lang="(\w+)">([^<]*)<\/p>/g)].map((m) => [m[1], m[2]]),
    )
    expect(said).toEqual({
      en: en['app.noscript'],
      es: es['app.noscript'],
      de: de['app.noscript'],
      fr: fr['app.noscript'],
    })
  })

  it('opens in English, with the English title and description, until the language is known', () => {
    expect(html).toMatch(/<html lang="en">/)
    expect(html).toContain(`<title>${en['app.documentTitle']}</title>`)
    expect(html).toContain(`<meta name="description" content="${en['app.description']}" />`)
  })

  it('shows the catalogues’ loading words while the script loads: English in the page, each language in the boot script', () => {
    expect(html).toContain(`<p class="view-progress-text">${en['scene.loading']}</p>`)
    expect(html).toContain(`aria-label="${en['scene.loading']}"`)
    expect(BOOT_LOADING).toEqual({
      en: en['scene.loading'],
      es: es['scene.loading'],
      de: de['scene.loading'],
      fr: fr['scene.loading'],
    })
  })
})
