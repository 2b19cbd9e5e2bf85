import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App.tsx'
import { registerServiceWorker } from './offline/registerServiceWorker.ts'
import { preloadColumn } from './scene/boneModels.ts'
import { appPlayer } from './state/appPlayer.ts'
import { appPlayhead } from './state/playhead.ts'
import { publishPlayback } from './state/publishPlayback.ts'
import { publishSimulation } from './state/publishSimulation.ts'
import { startRiskEstimates } from './state/riskClient.ts'
import { startSimulation } from './state/simulationClient.ts'
import { appStore } from './state/store.ts'
import { syncUrl } from './state/syncUrl.ts'
import './styles.css'

publishSimulation(appStore)
publishPlayback(appStore)
syncUrl(appStore, appPlayhead, appPlayer)
startSimulation(appStore)
startRiskEstimates(appStore)
// The models before React renders: the levels around the fracture first.
preloadColumn(appStore.getState().scenario.level, appStore.getState().view.ribs)
if (import.meta.env.PROD) registerServiceWorker()
// `?frameloop=always` draws every frame (for benchmarks); normally frames are drawn on demand.
const frameloop =
  new URLSearchParams(window.location.search).get('frameloop') === 'always' ? 'always' : 'demand'
const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App frameloop={frameloop} />
    </StrictMode>,
  )
}
