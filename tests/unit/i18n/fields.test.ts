import { describe, expect, it } from 'vitest'
import { en } from '../../../src/i18n/en.ts'
import { SCENARIO_FIELDS } from '../../../src/sim/scenario.ts'

/** The educator panel reads each scenario key's words from the catalogues; sim keeps its English for the CLI and docs. */
describe('the panel’s words for the scenario keys', () => {
  const has = (key: string) => Object.hasOwn(en, key)
  /** Enum values shown as they are: level names and balloon sizes. */
  const AS_IS = new Set(['level', 'balloonSizeMm'])

  it('name every key, with its description, and its unit where it has one', () => {
    for (const field of SCENARIO_FIELDS) {
      expect(has(`field.${field.key}.label`), `field.${field.key}.label`).toBe(true)
      expect(has(`field.${field.key}.description`), `field.${field.key}.description`).toBe(true)
      expect(has(`field.${field.key}.unit`), `field.${field.key}.unit`).toBe(field.unit !== '')
    }
  })

  it('say the English of sim/scenarioFields.ts, so the panel, the CLI and the docs agree', () => {
    for (const field of SCENARIO_FIELDS) {
      expect(en[`field.${field.key}.label` as keyof typeof en]).toBe(field.label)
      expect(en[`field.${field.key}.description` as keyof typeof en]).toBe(field.description)
      if (field.unit) expect(en[`field.${field.key}.unit` as keyof typeof en]).toBe(field.unit)
    }
  })

  it('give a word to every option of an enum key, except level names and sizes', () => {
    for (const field of SCENARIO_FIELDS) {
      if (field.kind !== 'enum' || AS_IS.has(field.key)) continue
      for (const option of field.options)
        expect(has(`option.${field.key}.${option}`), `${field.key}=${option}`).toBe(true)
    }
  })
})
