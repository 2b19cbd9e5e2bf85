/** What this device can afford (`detectRenderQuality`), for scene parts deep in the tree (the cement's ray budget). */
import { createContext, useContext } from 'react'
import type { RenderQuality } from './renderQuality.ts'

export const RenderQualityContext = createContext<RenderQuality | null>(null)

export function useRenderQuality(): RenderQuality | null {
  return useContext(RenderQualityContext)
}
