/**
 * The Flesch–Kincaid grade level of an English text (Kincaid et al. 1975):
 *
 *   grade = 0.39 × words / sentences + 11.8 × syllables / words − 15.59
 *
 * Syllables of words come from `syllable` (a tested English counter); numerals are counted as they
 * are read aloud ("87" is eighty-seven, 4; "2006" two thousand six, 4), and level names letter by
 * letter ("L1" is el one, 2), which counters that skip digits would score as free. No rounding
 * before the end, unlike some packages that round the two ratios to one decimal first.
 */
import { syllable } from 'syllable'

const ONES = [2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 3, 1, 2, 2, 2, 2, 3, 2, 2] // zero … nineteen
const TENS = [0, 0, 2, 2, 2, 2, 2, 3, 2, 2] // -, -, twenty … ninety
const HUNDRED = 2
const THOUSAND = 2

/** Syllables of a whole number read as a cardinal ("three hundred forty-one"), up to 999 999. */
function cardinalSyllables(n: number): number {
  if (n >= 1000) {
    const rest = n % 1000
    return cardinalSyllables(Math.floor(n / 1000)) + THOUSAND + (rest ? cardinalSyllables(rest) : 0)
  }
  if (n >= 100) {
    const rest = n % 100
    return (ONES[Math.floor(n / 100)] ?? 0) + HUNDRED + (rest ? cardinalSyllables(rest) : 0)
  }
  if (n < 20) return ONES[n] ?? 0
  return (TENS[Math.floor(n / 10)] ?? 0) + (n % 10 ? (ONES[n % 10] ?? 0) : 0)
}

/** Syllables of a numeral as read aloud: years as years ("nineteen ninety-three"), decimals digit by digit. */
export function numberSyllables(numeral: string): number {
  const [whole = '0', fraction = ''] = numeral.replace(/,/g, '').split('.')
  const n = Number(whole)
  let count: number
  const isYear = whole.length === 4 && n >= 1100 && n < 2100 && !(n >= 2000 && n < 2010) && n % 100 !== 0
  if (isYear) count = cardinalSyllables(Math.floor(n / 100)) + cardinalSyllables(n % 100)
  else count = cardinalSyllables(n)
  // "point" and each digit after it.
  if (fraction) count += 1 + [...fraction].reduce((s, d) => s + (ONES[Number(d)] ?? 0), 0)
  return count
}

/** Syllables of one word as written in a text (letters, digits, or a level name such as T12). */
export function wordSyllables(word: string): number {
  if (/^\d[\d,]*(\.\d+)?$/.test(word)) return numberSyllables(word)
  const level = /^([A-Za-z])(\d+)$/.exec(word)
  if (level) return (level[1]?.toUpperCase() === 'W' ? 3 : 1) + numberSyllables(level[2] ?? '0')
  return Math.max(1, syllable(word))
}

/** The words of a text: runs of letters, digits, apostrophes and inner hyphens; punctuation dropped. */
export function words(text: string): string[] {
  return text
    .split(/[\s—–/]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => /[\p{L}\p{N}]/u.test(w))
}

/** Sentences: ends at . ! ? (not a decimal point), at least one. */
export function sentenceCount(text: string): number {
  const ends = text.match(/[.!?…]+(?=\s|$|["')\]])/g)
  return Math.max(1, ends?.length ?? 0)
}

export interface Readability {
  grade: number
  words: number
  sentences: number
  syllables: number
}

/** The Flesch–Kincaid grade of `text`, with the counts it comes from. */
export function fleschKincaid(text: string): Readability {
  const list = words(text)
  const sentences = sentenceCount(text)
  const syllables = list.reduce((sum, w) => sum + wordSyllables(w), 0)
  const n = Math.max(1, list.length)
  const grade = 0.39 * (n / sentences) + 11.8 * (syllables / n) - 15.59
  return { grade, words: list.length, sentences, syllables }
}
