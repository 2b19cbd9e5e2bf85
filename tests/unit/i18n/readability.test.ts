import { describe, expect, it } from 'vitest'
import { fleschKincaid, numberSyllables, wordSyllables, words } from '../../../scripts/fleschKincaid.ts'
import { gradeTable, MAX_GRADE, patientTextGrades } from '../../../scripts/readability.ts'
import { patientKeys } from '../../../src/i18n/patientKeys.ts'

describe('the Flesch–Kincaid grade', () => {
  it('matches the formula’s worked example (13.1)', () => {
    const r = fleschKincaid(
      'The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.',
    )
    expect(r).toMatchObject({ words: 13, sentences: 1, syllables: 26 })
    expect(r.grade).toBeCloseTo(13.08, 2)
  })

  it('counts syllables of plain words', () => {
    const counts = Object.fromEntries(
      ['the', 'spine', 'broken', 'cement', 'balloon', 'vertebroplasty', 'kyphoplasty', 'X-rays'].map((w) => [
        w,
        wordSyllables(w),
      ]),
    )
    expect(counts).toEqual({
      the: 1,
      spine: 1,
      broken: 2,
      cement: 2,
      balloon: 2,
      vertebroplasty: 5,
      kyphoplasty: 4,
      'X-rays': 2,
    })
  })

  it('counts numerals as they are read aloud, and level names letter by letter', () => {
    expect(numberSyllables('87')).toBe(4) // eigh-ty-sev-en
    expect(numberSyllables('100')).toBe(3) // one hun-dred
    expect(numberSyllables('2006')).toBe(4) // two thou-sand six
    expect(numberSyllables('1993')).toBe(5) // nine-teen nine-ty-three
    expect(numberSyllables('1.5')).toBe(3) // one point five
    expect(wordSyllables('L1')).toBe(2)
    expect(wordSyllables('T12')).toBe(2)
  })

  it('splits words and sentences as a reader does', () => {
    expect(words('One bone, L1, has broken (Hulme 2006).')).toEqual([
      'One',
      'bone',
      'L1',
      'has',
      'broken',
      'Hulme',
      '2006',
    ])
    expect(fleschKincaid('It is 1.5 mm. Really? Yes!').sentences).toBe(3)
  })
})

describe('English patient texts', () => {
  it('include every caption and the listed others', () => {
    const keys = patientKeys()
    expect(keys).toContain('caption.fracture.wedge')
    expect(keys).toContain('app.disclaimer')
    expect(keys.every((k) => !k.startsWith('note.'))).toBe(true)
  })

  it(`read at grade ${MAX_GRADE} or below (Flesch–Kincaid)`, () => {
    const grades = patientTextGrades()
    console.info(gradeTable(grades))
    const over = grades.filter((g) => g.grade > MAX_GRADE).map((g) => `${g.key}: ${g.grade.toFixed(1)}`)
    expect(over, 'patient texts above the grade').toEqual([])
  })
})
