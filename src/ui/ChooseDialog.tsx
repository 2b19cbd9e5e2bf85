/**
 * "How do doctors choose?": the things doctors weigh, what the trials found, a patient's day (before,
 * during, after) and questions a patient may ask — informative, never advice (the app's disclaimer
 * says so, once, at the foot of the page).
 */
import { type Ref, useImperativeHandle, useRef } from 'react'
import { type MessageKey, t } from '../i18n/t.ts'
import { FactWithSources } from './FactList.tsx'
import { PatientDay } from './PatientDay.tsx'
import { TRIALS } from './patientFacts.ts'
import { SourceLink } from './SourceLink.tsx'

export interface ChooseHandle {
  open(): void
}

/** What doctors weigh, with the study behind a factor where one is cited. */
const FACTORS: readonly { key: MessageKey; source?: string }[] = [
  { key: 'choose.severity' },
  { key: 'choose.age', source: 'crandall2004' },
  { key: 'choose.levels', source: 'yavuz2023' },
  { key: 'choose.health' },
  { key: 'choose.goals' },
  { key: 'choose.cost' },
  { key: 'choose.experience' },
]
const QUESTIONS: readonly MessageKey[] = [
  'choose.q1',
  'choose.q2',
  'choose.q3',
  'choose.q4',
  'choose.q5',
  'choose.q6',
]

export function ChooseDialog({ ref }: { ref?: Ref<ChooseHandle> }) {
  const dialog = useRef<HTMLDialogElement>(null)
  useImperativeHandle(ref, () => ({ open: () => dialog.current?.showModal() }))
  return (
    <dialog ref={dialog} className="choose" aria-labelledby="choose-title">
      <h2 id="choose-title">{t('choose.title')}</h2>
      <p>{t('choose.intro')}</p>
      <ul>
        {FACTORS.map(({ key, source }) => (
          <li key={key}>
            {t(key)}
            {source && (
              <>
                {' '}
                <SourceLink id={source} />
              </>
            )}
          </li>
        ))}
      </ul>
      <p>
        <FactWithSources fact={TRIALS} />
      </p>
      <PatientDay />
      <h3>{t('choose.questions')}</h3>
      <ul>
        {QUESTIONS.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      <form method="dialog">
        <button type="submit">{t('choose.close')}</button>
      </form>
    </dialog>
  )
}
