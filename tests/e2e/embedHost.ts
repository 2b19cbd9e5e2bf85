/**
 * Host pages for the embedding tests. The app is served at http://127.0.0.1:<port>; the host page
 * (tests/e2e/host/index.html) by a second server at http://127.0.0.1:<port + 100>, another origin,
 * which the test build puts on the embed's allow-list — and at http://localhost:<port + 100>, an
 * origin that is not on it. The host loads the SDK from the app's build, as a clinic's site would.
 */
import type { Frame, Page } from '@playwright/test'
import type { EmbedOptions, EventName, Events, Spine3DState } from '../../sdk/types.ts'

export interface Origins {
  /** The app's (the embed's) origin. */
  app: string
  /** A host on the embed's allow-list. */
  host: string
  /** A host that is not. */
  stranger: string
}

/** The test servers' origins (playwright.config.ts starts them). */
export function testOrigins(): Origins {
  const port = Number(process.env.PW_PORT ?? 4173)
  return {
    app: `http://127.0.0.1:${port}`,
    host: `http://127.0.0.1:${port + 100}`,
    stranger: `http://localhost:${port + 100}`,
  }
}

export interface HostOptions {
  /** `create()` options. */
  options?: EmbedOptions & { timeoutMs?: number }
  /** The frame's box, CSS px. */
  width?: number
  height?: number
  /** Which host origin serves the page (default: the allowed one). */
  from?: string
}

/**
 * Opens the host page, which creates the embed with the SDK: `window.player` is the SDK's player,
 * `window.events` every event received, `window.raw` every message from the frame.
 */
export async function openHost(
  page: Page,
  origins: Origins,
  { options = {}, width = 640, height = 360, from }: HostOptions = {},
) {
  const query = new URLSearchParams({
    app: `${origins.app}/`,
    options: JSON.stringify(options),
    width: String(width),
    height: String(height),
  })
  await page.goto(`${from ?? origins.host}/?${query}`)
  await page.waitForSelector('html[data-host="ready"]')
}

declare global {
  interface Window {
    player: import('../../sdk/spine3d.ts').Spine3DPlayer
    events: { name: EventName; data: unknown; at: number }[]
    raw: unknown[]
  }
}

/** Waits for the SDK's `ready` and returns the state it carried. */
export const ready = (page: Page): Promise<Spine3DState> => page.evaluate(() => window.player.ready)

/** The events received so far with this name. */
export function eventsOf<E extends EventName>(page: Page, name: E): Promise<Events[E][]> {
  return page.evaluate((n) => window.events.filter((e) => e.name === n).map((e) => e.data), name) as Promise<
    Events[E][]
  >
}

/** The embed's frame (for what the page inside shows). */
/** The embed's frame, once the host page has made it (waits up to 20 s: the frame may still be loading). */
export async function embedFrame(page: Page, origins: Origins): Promise<Frame> {
  const find = () => page.frames().find((f) => f.url().startsWith(origins.app))
  for (let waited = 0; waited < 20_000 && !find(); waited += 100) await page.waitForTimeout(100)
  const frame = find()
  if (!frame) throw new Error(`embedFrame: expected a frame on ${origins.app}, got none`)
  return frame
}

/** Posts a raw message from the host to the embed, addressed to its origin. */
export function postRaw(page: Page, origins: Origins, message: unknown): Promise<void> {
  return page.evaluate(
    ([m, origin]) => window.player.iframe.contentWindow?.postMessage(m, origin as string),
    [message, origins.app] as const,
  )
}
