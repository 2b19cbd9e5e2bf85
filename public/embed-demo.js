// The embedding demo: the host SDK from this build, driving an embed of this build (or of the
// app at ?app=<address>, to try an embed on another origin). `window.player` is there for the console.
import { create, embedUrl } from './sdk/spine3d.js'

const app = new URLSearchParams(location.search).get('app') ?? undefined
const $ = (selector) => document.querySelector(selector)
const log = (text) => {
  const item = document.createElement('li')
  item.textContent = text
  $('#log').append(item)
  item.scrollIntoView({ block: 'nearest' })
}
const short = (value) => {
  const text = JSON.stringify(value)
  return text && text.length > 160 ? `${text.slice(0, 160)}…` : text
}

const options = {
  src: app,
  level: 'L1',
  grade: 2,
  procedure: 'kyphoplasty',
  chapter: 'cement',
  t: 6,
  loop: true,
}
const player = create('#player', options)
// A plain iframe needs no `origin=` (the SDK adds it for its own frame).
const plain = new URL(embedUrl(options))
plain.searchParams.delete('origin')
window.player = player
$('#snippet').textContent =
  `<script type="module">\n  import { create } from '${new URL('sdk/spine3d.js', app ?? location.href)}'\n` +
  `  const player = create('#spine', ${JSON.stringify(options)})\n</script>\n\n` +
  `or, without JavaScript:\n<iframe src="${plain}" width="640" height="360" title="Spine3D" style="border:0;max-width:100%"></iframe>`

for (const event of ['ready', 'chapterchange', 'ended', 'error'])
  player.on(event, (data) => log(`event ${event}: ${short(data)}`))
player.ready.then(() => document.documentElement.setAttribute('data-demo-ready', 'true'))

let captured = null
const calls = {
  play: () => player.play(),
  pause: () => player.pause(),
  setChapter: () => player.setChapter($('#chapter').value),
  setScenario: () =>
    player.setScenario({
      procedure: $('#procedure').value,
      level: $('#level').value,
      grade: Number($('#grade').value),
    }),
  captureState: async () => (captured = await player.captureState()),
  restoreState: () => (captured ? player.restoreState(captured) : Promise.reject(new Error('capture first'))),
  screenshot: async () => {
    const url = await player.screenshot()
    $('#shot').src = url
    $('#shot').hidden = false
    return `${url.slice(0, 40)}… (${Math.round(url.length / 1024)} KiB)`
  },
  getState: () => player.getState(),
}
for (const button of document.querySelectorAll('[data-call]')) {
  button.addEventListener('click', async () => {
    const name = button.dataset.call
    try {
      log(`${name} → ${short(await calls[name]())}`)
    } catch (error) {
      log(`${name} ✗ ${error.message}`)
    }
  })
}
for (const box of document.querySelectorAll('[data-overlay]'))
  box.addEventListener('change', () =>
    player.setOverlay(box.dataset.overlay, box.checked).catch((e) => log(e.message)),
  )
$('#captions').addEventListener('change', (e) => player.setView({ captions: e.target.checked }))
