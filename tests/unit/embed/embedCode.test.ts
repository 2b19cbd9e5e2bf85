import { describe, expect, it } from 'vitest'
import { embedDeploy } from '../../../scripts/embedDeploy.ts'
import { addressNow, embedSnippet, embedUrl, fullAppUrl, oembed } from '../../../src/embed/embedCode.ts'
import { createPlayhead } from '../../../src/state/playhead.ts'
import { createAppStore } from '../../../src/state/store.ts'

const APP = 'https://example.org/spine3d/'

describe('embed codes', () => {
  it('turn the app’s address into the embed’s, and back', () => {
    const src = embedUrl(`${APP}?level=L2&grade=3&debug=1&frameloop=always#x`, { camera: '1,2,3,4,5,6' })
    expect(src).toBe(`${APP}?level=L2&grade=3&embed=1&camera=1%2C2%2C3%2C4%2C5%2C6`)
    expect(fullAppUrl(`${src}&autoplay=1&origin=https%3A%2F%2Fclinic.example&controls=none`)).toBe(
      `${APP}?level=L2&grade=3`,
    )
  })

  it('write the player’s position even while it plays', () => {
    const store = createAppStore()
    const playhead = createPlayhead(33.5)
    store.getState().actions.setPlayback({ started: true, playing: true })
    expect(addressNow(`${APP}?level=L2`, store, playhead)).toBe(`${APP}?level=L2&chapter=cement&t=3.5`)
  })

  it('escape what they put in HTML', () => {
    const html = embedSnippet('https://a.example/?x="><script>&y=1', {
      width: 320.4,
      height: 240,
      title: 'A "B" & <C>',
    })
    expect(html).toBe(
      '<iframe src="https://a.example/?x=&quot;&gt;&lt;script&gt;&amp;y=1" width="320" height="240" title="A &quot;B&quot; &amp; &lt;C&gt;" style="border:0;max-width:100%" allow="fullscreen" loading="lazy"></iframe>',
    )
  })

  it('give oEmbed rich data', () => {
    const data = oembed(`${APP}?embed=1`)
    expect(data).toMatchObject({
      version: '1.0',
      type: 'rich',
      provider_name: 'Spine3D',
      provider_url: APP,
      width: 640,
      height: 360,
      thumbnail_url: `${APP}still/procedure.jpg`,
    })
    expect(data.html).toContain(`src="${APP}?embed=1"`)
  })
})

describe('the build’s embed settings', () => {
  const html = '<head><meta name="spine3d-allowed-origins" content="" /></head>'
  const transform = (plugin: ReturnType<typeof embedDeploy>) =>
    (plugin.transformIndexHtml as (html: string) => string)(html)

  it('write the allow-list into index.html', () => {
    expect(transform(embedDeploy({}))).toBe(html)
    expect(
      transform(embedDeploy({ SPINE3D_ALLOWED_ORIGINS: 'https://a.example https://b.example' })),
    ).toContain('content="https://a.example https://b.example"')
  })

  it('stop the build on a value that is not an origin', () => {
    expect(() => embedDeploy({ SPINE3D_ALLOWED_ORIGINS: 'clinic.example' })).toThrow(
      /^SPINE3D_ALLOWED_ORIGINS: .*got "clinic.example" — left out — fix the variable and build again$/,
    )
  })

  it('write oEmbed data and its discovery link for a public address', () => {
    const plugin = embedDeploy({ SPINE3D_PUBLIC_URL: 'https://example.org/spine3d' })
    expect(transform(plugin)).toContain(
      '<link rel="alternate" type="application/json+oembed" href="https://example.org/spine3d/oembed.json" title="Spine3D" />',
    )
    const files: { fileName: string; source: string }[] = []
    ;(plugin.generateBundle as (this: unknown) => void).call({
      emitFile: (f: (typeof files)[0]) => files.push(f),
    })
    expect(files.map((f) => f.fileName)).toEqual(['oembed.json'])
    expect(JSON.parse(files[0]?.source ?? '{}').html).toContain('src="https://example.org/spine3d/?embed=1"')
  })
})
