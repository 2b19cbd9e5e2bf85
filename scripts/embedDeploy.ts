/**
 * The embed's deploy-time settings, as a Vite plugin (vite.config.ts):
 * - `SPINE3D_ALLOWED_ORIGINS` (origins separated by spaces or commas, or `*`): the pages that may
 *   drive an embedded Spine3D, written into index.html's `<meta name="spine3d-allowed-origins">`.
 *   Unset: the app's own origin only. A value that is not an origin stops the build.
 * - `SPINE3D_PUBLIC_URL` (the app's public address, e.g. `https://example.org/spine3d/`): writes
 *   `oembed.json` for the default view and its discovery link into index.html.
 * In development it also serves the host SDK's source at `/sdk/spine3d.js`, as the build does.
 */
import type { Plugin } from 'vite'
import { embedUrl, oembed } from '../src/embed/embedCode.ts'
import { ALLOWED_ORIGINS_META, parseAllowList } from '../src/embed/origins.ts'

export function embedDeploy(env: Record<string, string | undefined> = process.env): Plugin {
  const allowed = env.SPINE3D_ALLOWED_ORIGINS?.trim() ?? ''
  const publicUrl = env.SPINE3D_PUBLIC_URL?.trim()
  const { problems } = parseAllowList(allowed, 'https://self.invalid')
  if (problems.length > 0)
    throw new Error(`SPINE3D_ALLOWED_ORIGINS: ${problems.join('; ')} — fix the variable and build again`)
  const base = publicUrl ? new URL(publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`) : null
  return {
    name: 'spine3d-embed-deploy',
    transformIndexHtml(html) {
      const meta = `<meta name="${ALLOWED_ORIGINS_META}" content="${allowed.replace(/"/g, '')}" />`
      const withMeta = html.replace(new RegExp(`<meta name="${ALLOWED_ORIGINS_META}"[^>]*>`), meta)
      if (!base) return withMeta
      const link = `<link rel="alternate" type="application/json+oembed" href="${new URL('oembed.json', base)}" title="Spine3D" />`
      return withMeta.replace('</head>', `    ${link}\n  </head>`)
    },
    generateBundle() {
      if (!base) return
      const data = oembed(embedUrl(base.href))
      this.emitFile({ type: 'asset', fileName: 'oembed.json', source: `${JSON.stringify(data, null, 2)}\n` })
    },
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        if (req.url?.startsWith('/sdk/spine3d.js'))
          req.url = req.url.replace('/sdk/spine3d.js', '/sdk/spine3d.ts')
        next()
      })
    },
  }
}
