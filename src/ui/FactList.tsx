/** Facts for patients as a list: each in the page's language, followed by its sources, one click away. */
import { locale } from '../i18n/t.ts'
import { type Fact, factText } from './patientFacts.ts'
import { SourceLink } from './SourceLink.tsx'

/** A fact's words and its sources' buttons, inline. */
export function FactWithSources({ fact }: { fact: Fact }) {
  return (
    <>
      {factText(fact, locale())}
      {fact.sources.map((id) => (
        <span key={id}>
          {' '}
          <SourceLink id={id} />
        </span>
      ))}
    </>
  )
}

export function FactList({ facts }: { facts: readonly Fact[] }) {
  return (
    <ul>
      {facts.map((f) => (
        <li key={f.key}>
          <FactWithSources fact={f} />
        </li>
      ))}
    </ul>
  )
}
