/** The keyboard shortcuts, in a modal dialog (`?` opens it, Esc closes it). */
import { type Ref, useImperativeHandle, useRef } from 'react'
import { type MessageKey, t } from '../i18n/t.ts'

export interface HelpHandle {
  toggle(): void
}

/** A key as printed on it, or the name of a key (`key.space`), said in the reader's language. */
type KeyCap = string | { name: MessageKey; plus?: string }

const SHORTCUTS: ReadonlyArray<[KeyCap[], MessageKey]> = [
  [[{ name: 'key.space' }, 'K'], 'help.playPause'],
  [['←', '→'], 'help.seek5'],
  [['J', 'L'], 'help.seek10'],
  [[',', '.'], 'help.step'],
  [[{ name: 'key.home' }, { name: 'key.end' }], 'help.startEnd'],
  [['1–9'], 'help.chapterN'],
  [[{ name: 'key.pageUp' }, { name: 'key.pageDown' }], 'help.chapterStep'],
  [['C'], 'help.captions'],
  [['F'], 'help.fullscreen'],
  [['P'], 'help.present'],
  [
    [
      { name: 'key.shift', plus: ' + ←' },
      { name: 'key.shift', plus: ' + →' },
    ],
    'help.turn',
  ],
  [['↑', '↓'], 'help.tilt'],
  [['+', '−'], 'help.zoom'],
  [['?'], 'help.help'],
]

const capText = (cap: KeyCap) => (typeof cap === 'string' ? cap : `${t(cap.name)}${cap.plus ?? ''}`)

export function HelpDialog({ ref }: { ref?: Ref<HelpHandle> }) {
  const dialog = useRef<HTMLDialogElement>(null)
  useImperativeHandle(ref, () => ({
    toggle() {
      const d = dialog.current
      if (!d) return
      if (d.open) d.close()
      else d.showModal()
    },
  }))
  return (
    <dialog ref={dialog} className="help" aria-labelledby="help-title">
      <h2 id="help-title">{t('help.title')}</h2>
      <table>
        <tbody>
          {SHORTCUTS.map(([keys, label]) => (
            <tr key={label}>
              <th scope="row">
                {keys.map(capText).map((k, i) => (
                  <span key={k}>
                    {i > 0 && ' '}
                    <kbd>{k}</kbd>
                  </span>
                ))}
              </th>
              <td>{t(label)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit">{t('help.close')}</button>
      </form>
    </dialog>
  )
}
