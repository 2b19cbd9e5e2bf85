/**
 * A patient's day, from the studies: the scan before, the alternative and who should not have it,
 * the anaesthetic and the time, going home, the relief, and treating the weak bones. In the "How do
 * doctors choose?" dialog and on the print sheet.
 */
import { useId } from 'react'
import { t } from '../i18n/t.ts'
import { FactList } from './FactList.tsx'
import { dayFacts } from './patientFacts.ts'

export function PatientDay() {
  // Also on the print sheet while the dialog is in the page: each copy names its own title.
  const titleId = useId()
  return (
    <section className="patient-day" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('patient.day.title')}</h3>
      <FactList facts={dayFacts()} />
    </section>
  )
}
