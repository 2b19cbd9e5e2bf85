/**
 * Which English messages are patient texts, held at a Flesch–Kincaid grade of 8 or below
 * (`scripts/readability.ts`, run by the unit tests). The convention: every key under `caption.`
 * (the chapters' captions), `describe.` (what the view shows, as a screen reader says it),
 * `studies.` (what the studies say), `choose.` (how doctors choose, the questions to ask) or
 * `patient.` (any other page of the patient mode) is one; a text patients read
 * that lives under another prefix is listed in `PATIENT_TEXT_KEYS`. Short labels elsewhere (titles,
 * buttons) are not scored: the formula means little under a sentence.
 */
import { en, type MessageKey } from './en.ts'

/** Key prefixes whose every message is a patient text. */
export const PATIENT_KEY_PREFIXES = ['caption.', 'describe.', 'studies.', 'choose.', 'patient.'] as const

/** Patient texts outside those prefixes. */
export const PATIENT_TEXT_KEYS: readonly MessageKey[] = [
  'app.disclaimer',
  'scene.noWebgl',
  'scene.still',
  'risk.ctNote',
]

/** Every patient text's key, in catalogue order. */
export function patientKeys(): MessageKey[] {
  return (Object.keys(en) as MessageKey[]).filter(
    (key) => PATIENT_KEY_PREFIXES.some((prefix) => key.startsWith(prefix)) || PATIENT_TEXT_KEYS.includes(key),
  )
}
