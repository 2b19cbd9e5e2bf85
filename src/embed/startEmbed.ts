/**
 * Starts what an embedded page needs, after the address's scenario, view and player keys are read
 * (`state/syncUrl.ts`): the embed's own options (`embedParams.ts`), the visibility watcher, autoplay
 * and, when framed, the postMessage bridge with the deployed allow-list. Loaded only when the page
 * is framed or its address sets an embed option (`embedKeys.ts`), so the full app does not carry it.
 */
import { requestCamera } from '../state/sceneAccess.ts'
import { startBridge } from './bridge.ts'
import { chromeFromSearch } from './embedParams.ts'
import { defaultSettings } from './embedSettings.ts'
import { parentOrigin, readAllowList } from './origins.ts'
import type { EmbedContext } from './snapshot.ts'
import { autoplayWhenReady, watchVisibility } from './visibility.ts'

export interface StartEmbedOptions {
  /** Whether the browser gives WebGL 2 (the app's one probe). */
  webgl: boolean
  win?: Window
}

export function startEmbed(ctx: EmbedContext, { webgl, win = window }: StartEmbedOptions): () => void {
  const doc = win.document
  const framed = win.parent !== win
  if (!webgl) ctx.scene.setState({ webgl: 'unavailable' })
  const stops: (() => void)[] = []

  // The bridge first, so the address's problems below also reach the host as `error` events.
  if (framed) {
    const { list, problems } = readAllowList(doc, win.location.origin)
    // A deployment mistake, for whoever deployed it; the list keeps the entries that were origins.
    for (const problem of problems) console.warn(problem)
    const bridge = startBridge({
      ctx,
      allowed: list,
      parentOrigin: parentOrigin(win.location, list),
      webgl,
      win,
      onIgnored: (count) => {
        doc.documentElement.dataset.embedIgnored = String(count)
      },
    })
    stops.push(bridge.stop)
  }

  const { options, problems } = chromeFromSearch(win.location.search)
  const { embed, controls, background } = options
  ctx.settings.setState({
    ...defaultSettings(embed ?? false),
    ...(controls && { controls }),
    ...(background && { background }),
  })
  for (const problem of problems) ctx.store.getState().actions.notify('url', problem)
  if (options.loop !== undefined) ctx.player.setLoop(options.loop)
  if (options.speed !== undefined) ctx.player.setSpeed(options.speed)
  if (options.camera) requestCamera(ctx.scene, options.camera)

  const visibility = watchVisibility(ctx, doc.documentElement, doc)
  stops.push(visibility.stop)
  if (options.autoplay) stops.push(autoplayWhenReady(visibility, win))
  return () => {
    for (const stop of stops) stop()
  }
}
