/**
 * Whether the app's entry loads the embed's code at all (its own chunk, with the schema library):
 * only when the page is framed or its address sets an embed option.
 */
import { EMBED_PARAMS } from '../state/urlParams.ts'

export const EMBED_KEYS = EMBED_PARAMS
export type EmbedKey = (typeof EMBED_KEYS)[number]

/** Whether the page needs the embed's code: it is framed, or its address sets an embed option. */
export function wantsEmbedding(win: Window): boolean {
  if (win.parent !== win) return true
  const params = new URLSearchParams(win.location.search)
  return EMBED_KEYS.some((key) => params.has(key))
}
