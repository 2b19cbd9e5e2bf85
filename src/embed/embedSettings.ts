/**
 * How the page is dressed: as the full app, or embedded in another site (`embed=1`) with less
 * chrome. A small vanilla store beside the app's (`state/store.ts`), set from the address at start
 * and by the postMessage API; `publishSettings` mirrors it onto `<html>` (`data-embed`,
 * `data-controls`, `data-background`) where the stylesheet reads it. The audience (patient or
 * educator) is the app store's `mode`, and the language its `language` (`<html lang>` follows it,
 * state/publishLanguage.ts), not settings here.
 */
import { createStore } from 'zustand/vanilla'
import type { BACKGROUNDS, CONTROLS } from './options.ts'

export interface EmbedSettings {
  /** Embedded: no header or footer, a one-line disclaimer and a link to the full app instead. */
  embed: boolean
  controls: (typeof CONTROLS)[number]
  /** A named background or a `#rrggbb` colour. */
  background: (typeof BACKGROUNDS)[number] | string
}

export function defaultSettings(embed: boolean): EmbedSettings {
  return { embed, controls: 'full', background: 'dark' }
}

export function createEmbedSettings(initial: EmbedSettings = defaultSettings(false)) {
  return createStore<EmbedSettings>()(() => initial)
}

export type EmbedSettingsStore = ReturnType<typeof createEmbedSettings>

/** The settings the app runs with. */
export const appSettings = createEmbedSettings()

const NAMED_BACKGROUNDS: Record<string, string> = {
  light: 'radial-gradient(ellipse at 50% 35%, #ffffff, #dfe4eb 75%)',
  transparent: 'transparent',
}

/** Mirrors the settings onto `root` (the stylesheet's hooks); returns a function that stops. */
export function publishSettings(
  settings: EmbedSettingsStore,
  root: HTMLElement = document.documentElement,
): () => void {
  const publish = (s: EmbedSettings) => {
    root.dataset.embed = String(s.embed)
    root.dataset.controls = s.controls
    root.dataset.background = s.background.startsWith('#') ? 'colour' : s.background
    const background = s.background.startsWith('#') ? s.background : NAMED_BACKGROUNDS[s.background]
    if (background) root.style.setProperty('--stage-background', background)
    else root.style.removeProperty('--stage-background')
  }
  publish(settings.getState())
  return settings.subscribe(publish)
}
