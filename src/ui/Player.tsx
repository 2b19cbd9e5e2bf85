/**
 * The player under the view: chapters, play/pause, previous/next chapter, a scrub bar with chapter
 * marks, the time, speed, loop, see-inside, captions and the keyboard help. Its controls call the
 * player's verbs; the scrub bar and the time follow the playhead through refs, a dozen times a
 * second, never through React state.
 */
import { useMemo, useRef } from 'react'
import { locale, t } from '../i18n/t.ts'
import { storyChapters, storyDurationS } from '../playback/story.ts'
import { appPlayer } from '../state/appPlayer.ts'
import { PLAYBACK_SPEEDS, type SeeInside } from '../state/store.ts'
import { appActions, useAppStore } from '../state/useAppStore.ts'
import { formatTime } from './formatTime.ts'
import { Icon } from './icons.tsx'
import { ReaderSettings } from './ReaderSettings.tsx'
import { usePlayheadReadout } from './usePlayheadReadout.ts'

const INSIDE_MODES: readonly SeeInside[] = ['auto', 'on', 'off']

export function Player({ onHelp }: { onHelp: () => void }) {
  const procedure = useAppStore((s) => s.scenario.procedure)
  const { playing, speed, loop, chapter } = useAppStore((s) => s.playback)
  const seeInside = useAppStore((s) => s.view.seeInside)
  const captions = useAppStore((s) => s.view.captions)
  const chapters = useMemo(() => storyChapters(procedure), [procedure])
  const duration = storyDurationS(procedure)
  const scrub = useRef<HTMLInputElement>(null)
  const time = useRef<HTMLSpanElement>(null)
  const atEnd = useRef(false)
  usePlayheadReadout((storyS) => {
    const input = scrub.current
    const current = chapters.find((c) => storyS < c.endS) ?? chapters[chapters.length - 1]
    if (input) {
      input.value = String(storyS)
      input.style.setProperty('--progress', `${(100 * storyS) / duration}%`)
      input.setAttribute(
        'aria-valuetext',
        t('player.seekValue', {
          time: formatTime(storyS),
          total: formatTime(duration),
          chapter: current ? t(`chapter.${current.id}.title`) : '',
        }),
      )
    }
    if (time.current) time.current.textContent = `${formatTime(storyS)} / ${formatTime(duration)}`
    atEnd.current = storyS >= duration
  })
  const playLabel = playing ? t('player.pause') : t('player.play')
  return (
    <section className="player" aria-label={t('player.label')}>
      <ol className="player-chapters" aria-label={t('player.chapters')}>
        {chapters.map((c, i) => (
          <li key={c.id}>
            <button
              type="button"
              aria-current={c.id === chapter ? 'step' : undefined}
              title={t('player.chapter', { number: i + 1, title: t(`chapter.${c.id}.title`) })}
              onClick={() => appPlayer.seekChapter(c.id)}
            >
              {/* The name is what the button shows ("4 The cement"), as voice control needs. */}
              <span className="player-chapter-number">{i + 1}</span> {t(`chapter.${c.id}.title`)}
            </button>
          </li>
        ))}
      </ol>
      <div className="player-bar">
        <button
          type="button"
          className="player-button"
          onClick={() => appPlayer.stepChapter(-1)}
          aria-label={t('player.previous')}
          title={t('player.previous')}
        >
          <Icon name="previous" />
        </button>
        <button
          type="button"
          className="player-button player-play"
          onClick={() => appPlayer.toggle()}
          aria-label={playLabel}
          title={`${playLabel} (k)`}
        >
          <Icon name={playing ? 'pause' : 'play'} />
        </button>
        <button
          type="button"
          className="player-button"
          onClick={() => appPlayer.stepChapter(1)}
          aria-label={t('player.next')}
          title={t('player.next')}
        >
          <Icon name="next" />
        </button>
        <div className="player-scrub">
          <input
            ref={scrub}
            type="range"
            min={0}
            max={duration}
            step={0.1}
            defaultValue={0}
            aria-label={t('player.seek')}
            onInput={(e) => appPlayer.seek(Number(e.currentTarget.value))}
          />
          <div className="player-marks" aria-hidden="true">
            {chapters.slice(1).map((c) => (
              <span key={c.id} style={{ left: `${(100 * c.startS) / duration}%` }} />
            ))}
          </div>
        </div>
        <span ref={time} className="player-time" />
        <label className="player-select">
          <span>{t('player.speed')}</span>
          <select value={speed} onChange={(e) => appPlayer.setSpeed(Number(e.currentTarget.value))}>
            {PLAYBACK_SPEEDS.map((s) => (
              <option key={s} value={s}>
                {t('player.speedValue', { speed: new Intl.NumberFormat(locale()).format(s) })}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="player-button"
          data-loop
          aria-pressed={loop}
          onClick={() => appPlayer.setLoop(!loop)}
          aria-label={t('player.loop')}
          title={t('player.loop')}
        >
          <Icon name="loop" />
        </button>
        <label className="player-select">
          <span>{t('player.inside')}</span>
          <select
            data-inside
            value={seeInside}
            onChange={(e) => appActions.setView({ seeInside: e.currentTarget.value as SeeInside })}
          >
            {INSIDE_MODES.map((m) => (
              <option key={m} value={m}>
                {t(`player.inside.${m}`)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="player-button"
          aria-pressed={captions}
          onClick={() => appActions.setView({ captions: !captions })}
          aria-label={t('player.captions')}
          title={`${t('player.captions')} (c)`}
        >
          <Icon name="captions" />
        </button>
        <ReaderSettings />
        <button
          type="button"
          className="player-button"
          onClick={onHelp}
          aria-label={t('player.help')}
          title={`${t('player.help')} (?)`}
        >
          <Icon name="help" />
        </button>
      </div>
    </section>
  )
}
