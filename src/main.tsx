import { StrictMode, startTransition } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App.tsx'
import { wantsEmbedding } from './embed/embedKeys.ts'
import { appSettings, publishSettings } from './embed/embedSettings.ts'
import { registerServiceWorker } from './offline/registerServiceWorker.ts'
import { preloadColumn } from './scene/boneModels.ts'
import { detectRenderQuality } from './scene/renderQuality.ts'
import { appPlayer } from './state/appPlayer.ts'
import { startLanguage } from './state/languageClient.ts'
import { appPlayhead } from './state/playhead.ts'
import { publishLanguage } from './state/publishLanguage.ts'
import { publishPlayback } from './state/publishPlayback.ts'
import { publishSimulation } from './state/publishSimulation.ts'
import { startRiskEstimates } from './state/riskClient.ts'
import { sceneAccess } from './state/sceneAccess.ts'
import { startSimulation } from './state/simulationClient.ts'
import { appStore } from './state/store.ts'
import { syncUrl } from './state/syncUrl.ts'
import './styles.css'

publishSimulation(appStore)
publishPlayback(appStore)
publishSettings(appSettings)
syncUrl(appStore, appPlayhead, appPlayer)
// After syncUrl, which chose the language (address, else browser): its texts load before the first render.
const language = startLanguage(appStore)
publishLanguage(appStore)
startSimulation(appStore)
startRiskEstimates(appStore)
// One WebGL probe at start: whether to draw at all, and at what quality.
const quality = detectRenderQuality()
// The models before React renders: the levels around the fracture first.
preloadColumn(appStore.getState().scenario.level, appStore.getState().view.ribs)
if (import.meta.env.PROD) registerServiceWorker()
// `?frameloop=always` draws every frame (for benchmarks); normally frames are drawn on demand.
const frameloop =
  new URLSearchParams(window.location.search).get('frameloop') === 'always' ? 'always' : 'demand'

/** Framed, or with embed options: the embed's code (its own chunk) first, so the first paint is dressed right. */
async function startEmbedding() {
  if (!wantsEmbedding(window)) return
  try {
    const { startEmbed } = await import('./embed/startEmbed.ts')
    const ctx = {
      store: appStore,
      player: appPlayer,
      playhead: appPlayhead,
      settings: appSettings,
      scene: sceneAccess,
    }
    startEmbed(ctx, { webgl: quality.webgl2 })
  } catch (error) {
    // The app still works without its embedding code (no postMessage API): say so, then go on.
    console.warn(
      `embed: expected the embedding code to load, got ${String(error)} — the app runs without its API`,
    )
  }
}

const root = document.getElementById('root')
// The embed's code first (the first paint is dressed right), and the language chosen at start: a
// linked `lang=es` opens in Spanish, never English first (a failed load has left a notice).
void Promise.all([startEmbedding(), language.ready]).then(() => {
  if (!root) return
  // As a transition: React builds the page in slices and lets the browser paint between them
  // (one 60 ms task otherwise, four times that on a phone).
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <App frameloop={frameloop} quality={quality} />
      </StrictMode>,
    ),
  )
})
