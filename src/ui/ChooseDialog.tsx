/**
 * "How do doctors choose?": the things doctors weigh, what the studies found, and questions a patient
 * may ask — informative, never advice (the app's disclaimer says so, once, at the foot of the page).
 */
import { type Ref, useImperativeHandle, useRef } from 'react'
import { type MessageKey, t } from '../i18n/t.ts'
import { SourceLink } from './SourceLink.tsx'

export interface ChooseHandle {
  open(): void
}

const FACTORS: readonly MessageKey[] = [
  'choose.severity',
  'choose.age',
  'choose.health',
  'choose.goals',
  'choose.cost',
  'choose.experience',
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
        {FACTORS.map((key) => (
          <li key={key}>
            {t(key)}
            {key === 'choose.age' && (
              <>
                {' '}
                <SourceLink id="crandall2004" />
              </>
            )}
          </li>
        ))}
      </ul>
      <p>
        {t('choose.studies')} <SourceLink id="kallmes2009" /> <SourceLink id="klazen2010" />
      </p>
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
