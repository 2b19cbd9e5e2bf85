/**
 * Which pages may drive the embed: an allow-list of origins set at deploy time, in
 * `<meta name="spine3d-allowed-origins" content="https://clinic.example https://www.hospital.org">`
 * (written by the build from `SPINE3D_ALLOWED_ORIGINS`, or edited in the built `index.html`).
 * The page's own origin is always on it; nothing else is unless listed; `*` (any page) only when
 * written there. Opaque origins (`null`: sandboxed frames, files) are never on it: no reply could
 * be addressed to them exactly.
 */

export const ALLOWED_ORIGINS_META = 'spine3d-allowed-origins'

export interface AllowList {
  /** `*` was configured: any page may drive the embed. */
  any: boolean
  origins: ReadonlySet<string>
}

/** An origin as written (`https://clinic.example`, with or without a trailing slash), or null. */
function asOrigin(token: string): string | null {
  try {
    const url = new URL(token)
    if (url.origin === 'null' || !/^https?:$/.test(url.protocol)) return null
    const bare = `${url.origin}/`
    return token === url.origin || token === bare ? url.origin : null
  } catch {
    return null
  }
}

/**
 * Reads an allow-list written as origins separated by spaces or commas; `self` (or `'self'`) and
 * `*` are keywords. Entries that are not origins are left out, each with a message.
 */
export function parseAllowList(
  text: string | null | undefined,
  self: string,
): { list: AllowList; problems: string[] } {
  const origins = new Set<string>([self])
  const problems: string[] = []
  let any = false
  for (const token of (text ?? '').split(/[\s,]+/).filter(Boolean)) {
    if (token === '*') any = true
    else if (token === 'self' || token === "'self'") continue
    else {
      const origin = asOrigin(token)
      if (origin) origins.add(origin)
      else
        problems.push(
          `${ALLOWED_ORIGINS_META}: expected origins such as https://clinic.example, got ${JSON.stringify(token)} — left out`,
        )
    }
  }
  return { list: { any, origins }, problems }
}

export function isAllowed(list: AllowList, origin: string): boolean {
  if (origin === 'null' || origin === '') return false
  return list.any || list.origins.has(origin)
}

/** The allow-list in this document's meta tag. */
export function readAllowList(doc: Document, self: string) {
  const meta = doc.querySelector<HTMLMetaElement>(`meta[name="${ALLOWED_ORIGINS_META}"]`)
  return parseAllowList(meta?.content, self)
}

/**
 * The origin of the page that frames this one, when it may be told things: the browser's own
 * record (`location.ancestorOrigins`, Chromium and Safari), else the `origin=` the host SDK puts in
 * the address (a page that lies there never receives the messages: they are addressed to that
 * origin only). Null when unknown or not on the list: events wait for a command from an allowed origin.
 */
export function parentOrigin(location: Location, list: AllowList): string | null {
  const ancestors = location.ancestorOrigins
  const claimed = ancestors ? ancestors[0] : new URLSearchParams(location.search).get('origin')
  const origin = claimed ? asOrigin(claimed) : null
  return origin && isAllowed(list, origin) ? origin : null
}
