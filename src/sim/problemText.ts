/**
 * A message as data, so it can be said in the reader's language: the UI renders the catalogue's
 * template `problem.<code>` with `params`; `message` is the same in English (logs, the embedding
 * API, tests), built from the same values.
 */

/** A value in a message: as given (numbers, typed values), or a catalogue key said in the reader's language. */
export type ProblemParam = string | number | { readonly term: string }

export interface ProblemText {
  /** The template: `problem.<code>` in the message catalogues. */
  code: string
  params: Readonly<Record<string, ProblemParam>>
  /** The message in English. */
  message: string
}
