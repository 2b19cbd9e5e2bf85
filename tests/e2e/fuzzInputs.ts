/**
 * Seeded inputs for the fuzz tests (tests/e2e/fuzz.spec.ts): address parameter sets and
 * postMessages, random and adversarial, drawn with fast-check's generators from one seed so a
 * failure reproduces (`FUZZ_SEED=… npx playwright test tests/e2e/fuzz.spec.ts`). `FUZZ_SCALE`
 * multiplies the counts for a longer local run.
 */
import fc from 'fast-check'

export const SEED = Number(process.env.FUZZ_SEED ?? 20261125)
export const SCALE = Number(process.env.FUZZ_SCALE ?? 1)

const huge = (n: number) => fc.string({ minLength: n, maxLength: n + 10, unit: 'grapheme' })
/** Strings that have broken parsers before: numbers in disguise, specials, markup, control characters. */
const NASTY = [
  '',
  ' ',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e308',
  '-1e308',
  '1e-320',
  '-0',
  '0x10',
  ' 12 ',
  '1,2',
  '1.',
  '.5',
  'true',
  'null',
  'undefined',
  '[]',
  '{}',
  '{"__proto__":{"polluted":1}}',
  '__proto__',
  'constructor',
  'toString',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '\u0000',
  '\u202e',
  '💥🦴',
  '%E0%A4%A',
  '../../etc/passwd',
]
/** Keys an address may carry: the app's own, short names, keys that look up `Object.prototype`. */
const KEYS = [
  'procedure', 'level', 'grade', 'loss', 'heightLossPct', 'shape', 'fractureAgeDays', 'corticalBreach', 'cleft',
  'tScore', 'approach', 'cementViscosity', 'injectionStartMin', 'cementVolumeMl', 'injectionRateMlPerMin',
  'balloonSizeMm', 'balloonMaxPsi', 'seed', 'labels', 'captions', 'ribs', 'inside', 'view', 'fluoro', 'overlay',
  'chapter', 't', 'play', 'mode', 'lang', 'heights', 'camera', 'speed', 'loop',
  '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '', 'LEVEL', 'level[]', 'foo',
] // biome-ignore format: a list of names
const GOOD: Record<string, readonly string[]> = {
  procedure: ['vertebroplasty', 'kyphoplasty'],
  level: ['T4', 'T8', 'T12', 'L1', 'L3', 'L5'],
  grade: ['0', '1', '2', '3'],
  loss: ['0', '12.5', '35', '60'],
  shape: ['wedge', 'biconcave', 'crush'],
  cementViscosity: ['low', 'medium', 'high'],
  view: ['scene', 'fluoro', 'compare', 'cutaway'],
  fluoro: ['lateral', 'ap'],
  labels: ['0', '1'],
  ribs: ['0', '1'],
  overlay: ['risk', 'height', 'risk,height', 'anatomy'],
}
const value = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: fc.double().map(String) },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 2, arbitrary: fc.constantFrom(...Object.values(GOOD).flat()) },
  { weight: 1, arbitrary: huge(2_000) },
  {
    weight: 1,
    arbitrary: fc
      .constant(null)
      .chain(() => fc.nat(3))
      .map((n) => 'x'.repeat(10 ** (n + 2))),
  },
)
const key = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...KEYS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
)

/** A random, adversarial address: 1–8 keys, any values. */
const randomSet = fc
  .array(fc.tuple(key, value), { minLength: 1, maxLength: 8 })
  .map((pairs) => ({ query: new URLSearchParams(pairs).toString(), expect: null as string | null }))

/** One value the app must refuse by name (the notice starts with the key as the address calls it). */
const BAD: [string, string][] = [
  ['level', 'Z9'], ['level', 'l1 '], ['shape', 'sphere'], ['procedure', '__proto__'], ['grade', '7'],
  ['loss', '900'], ['loss', 'NaN'], ['seed', '1.5'], ['tScore', 'Infinity'], ['cleft', 'maybe'],
  ['cementVolumeMl', '-1e308'], ['view', 'xray'], ['fluoro', 'oblique'], ['labels', 'maybe'],
  ['overlay', 'bogus'], ['mode', 'doctor'], ['play', 'yes'], ['chapter', 'surgery'], ['t', 'soon'],
  ['heights', '1,2'], ['__proto__', 'x'], ['constructor', '1'], ['toString', 'x'], ['foo', 'bar'],
] // biome-ignore format: a table
const COMPANIONS = [
  'procedure',
  'level',
  'grade',
  'shape',
  'cementViscosity',
  'view',
  'fluoro',
  'labels',
  'ribs',
  'overlay',
]
/** A good address with one bad value among good ones: the notice must name it. */
const checkedSet = fc
  .tuple(
    fc.constantFrom(...BAD),
    fc
      .subarray(COMPANIONS, { maxLength: 5 })
      .chain((keys) =>
        fc.tuple(
          ...keys.map((k) =>
            fc.constantFrom(...(GOOD[k] as string[])).map((v) => [k, v] as [string, string]),
          ),
        ),
      ),
  )
  .chain(([bad, good]) =>
    fc.nat(good.length).map((at) => {
      // (grade with loss is a notice of its own: a bad loss comes without a grade.)
      const pairs = good.filter(([k]) => k !== bad[0] && !(bad[0] === 'loss' && k === 'grade'))
      pairs.splice(Math.min(at, pairs.length), 0, bad)
      return { query: new URLSearchParams(pairs).toString(), expect: bad[0] }
    }),
  )

/** `count` address sets, 60 % random and 40 % with one known-bad value to be named. */
export function urlSets(count: number, seed = SEED) {
  const checked = Math.round(count * 0.4)
  return [
    ...fc.sample(randomSet, { seed, numRuns: count - checked }),
    ...fc.sample(checkedSet, { seed: seed + 1, numRuns: checked }),
  ]
}

/** The nastiest addresses, for real page loads (a fresh start reads the address once): ten loads cover every kind. */
export const NASTY_LOADS: string[] = [
  'level=Z9&grade=NaN&loss=Infinity&shape=__proto__&seed=-1e308&t=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '__proto__=x&constructor=1&toString=2&hasOwnProperty=3&valueOf=4&lang=../../etc&mode=__proto__',
  `level=${'L'.repeat(6_000)}&${'k'.repeat(6_000)}=1`,
  'grade=7&loss=-5&tScore=Infinity&cementVolumeMl=1e308&injectionRateMlPerMin=-0&balloonMaxPsi=NaN',
  'view=compare&overlay=risk,height,fluoro,anatomy,bogus&fluoro=ap&inside=maybe&heights=NaN,20,26',
  'view=fluoro&fluoro=oblique&labels=2&captions=no&ribs=%00&heights=1e308,1e308,1e308',
  'chapter=balloon&procedure=vertebroplasty&t=-1&play=yes&speed=Infinity&loop=%F0%9F%92%A5',
  'camera=NaN,NaN,NaN,0,0,0&controls=all&background=javascript:alert(1)&embed=2&autoplay=maybe',
  'level=%E0%A4%A&shape=%C0%AF&procedure=%EF%BF%BF&chapter=%22%3E%3Cimg%20src%3Dx%3E',
  'level=T4&loss=60&shape=biconcave&procedure=kyphoplasty&balloonSizeMm=20&balloonMaxPsi=700&approach=sideways&view=cutaway',
]

/**
 * A postMessage as JSON text, parsed in the host page (JSON.parse keeps `__proto__` as an own key);
 * `"@NaN"`, `"@Inf"`, `"@-Inf"`, `"@undef"` stand for values JSON cannot carry. `expect`: `reply` an
 * error reply with this id, `event` an `error` event only (no usable id), `ok` a success, `none`
 * not the app's message (no `spine3d` key: passed over by design).
 */
export interface FuzzMessage {
  json: string
  expect: 'reply' | 'event' | 'ok' | 'none'
}

const special = fc.constantFrom('@NaN', '@Inf', '@-Inf', '@undef')
const junk = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 2, arbitrary: special },
  { weight: 1, arbitrary: huge(2_000) },
  { weight: 1, arbitrary: fc.constant(null).map(() => 'x'.repeat(200_000)) },
  { weight: 1, arbitrary: fc.nat(3000).map((d) => JSON.parse(`${'{"a":'.repeat(d)}1${'}'.repeat(d)}`)) },
  {
    weight: 1,
    arbitrary: fc.constant(JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}')),
  },
)
const COMMANDS = ['play', 'pause', 'seek', 'setChapter', 'setScenario', 'setView', 'setOverlay', 'getState', 'captureState', 'restoreState', 'screenshot'] // biome-ignore format: a list
// (Commands whose reply is always ok, given good args, and cheap: the interleaved good messages.)
const GOOD_MESSAGES = [
  { command: 'getState' },
  { command: 'pause' },
  { command: 'seek', args: { t: 12 } },
  { command: 'setChapter', args: { chapter: 'cement', t: 1 } },
  { command: 'setView', args: { labels: false } },
  { command: 'setOverlay', args: { overlay: 'height', on: false } },
  { command: 'setScenario', args: { level: 'L2' } },
]

let nextId = 0
const envelope = (body: Record<string, unknown>, kind: FuzzMessage['expect']): FuzzMessage => ({
  json: JSON.stringify({ spine3d: 1, id: `z${nextId++}`, ...body }),
  expect: kind,
})

/** `count` messages: broken envelopes, unknown commands, bad arguments, foreign and text messages, and good ones between. */
export function messages(count: number, seed = SEED): FuzzMessage[] {
  nextId = 0
  const kinds = fc.oneof(
    // A good command: answered ok.
    { weight: 2, arbitrary: fc.constantFrom(...GOOD_MESSAGES).map((m) => envelope(m, 'ok')) },
    // An unknown command (any string, `__proto__`, `constructor`, 200 KB).
    {
      weight: 2,
      arbitrary: fc
        .oneof(
          fc.string({ minLength: 1, maxLength: 40 }),
          fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty'),
        )
        .filter((c) => !COMMANDS.includes(c))
        .map((command) => envelope({ command }, 'reply')),
    },
    // A known command, junk arguments (commands without arguments accept null or {}).
    {
      weight: 4,
      arbitrary: fc
        .tuple(
          fc.constantFrom('seek', 'setChapter', 'setView', 'setOverlay', 'restoreState', 'play', 'getState'),
          junk,
        )
        // (null, {} and no args at all — "@undef" — are what play and getState take.)
        .filter(
          ([, args]) =>
            args !== null &&
            args !== '@undef' &&
            !(typeof args === 'object' && Object.keys(args as object).length === 0),
        )
        .map(([command, args]) => envelope({ command, args }, 'reply')),
    },
    // Arguments of the right shape, wrong values.
    {
      weight: 2,
      arbitrary: fc
        .constantFrom(
          { command: 'seek', args: { t: '@NaN' } },
          { command: 'seek', args: { t: '@Inf' } },
          { command: 'seek', args: { t: 'soon' } },
          { command: 'setChapter', args: { chapter: 'surgery' } },
          { command: 'setChapter', args: { chapter: 'cement', t: -1 } },
          { command: 'setView', args: { view: 'xray' } },
          { command: 'setView', args: { overlay: ['risk', 'risk', 'risk', 'risk', 'risk'] } },
          { command: 'setView', args: { cut: { axis: 'sagittal', offsetMm: '@Inf' } } },
          { command: 'setOverlay', args: { overlay: '__proto__', on: true } },
          {
            command: 'setScenario',
            args: Object.fromEntries(Array.from({ length: 41 }, (_, i) => [`k${i}`, i])),
          },
          { command: 'setScenario', args: { ['k'.repeat(41)]: 1 } },
          { command: 'setScenario', args: 'L1' },
        )
        .map((m) => envelope(m, 'reply')),
    },
    // A broken envelope with a usable id: wrong protocol, command of the wrong type, too long.
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom('spine3d', 'command'), junk)
        // ("@undef" would drop the key: without `spine3d` it is someone else's message.)
        .filter(([, v]) => v !== 1 && typeof v !== 'string')
        .map(([key, v]) => envelope({ command: 'play', [key]: v }, 'reply')),
    },
    // No usable id (missing, an object, NaN, 65 characters): an error event only.
    {
      weight: 1,
      arbitrary: fc.constantFrom({ x: 1 }, '@NaN', '@Inf', 'i'.repeat(65), '', '@undef', true).map((id) => ({
        json: JSON.stringify({ spine3d: 1, id, command: 'play' }),
        expect: 'event' as const,
      })),
    },
    // JSON text instead of an object: an error event.
    {
      weight: 1,
      arbitrary: fc.constant({
        json: JSON.stringify(JSON.stringify({ spine3d: 1, id: 1, command: 'play' })),
        expect: 'event' as const,
      }),
    },
    // Someone else's message: passed over.
    {
      weight: 1,
      arbitrary: junk
        .filter((v) => typeof v !== 'string' || !v.includes('spine3d'))
        .map((v) => ({ json: JSON.stringify({ other: v }), expect: 'none' as const })),
    },
  )
  return fc.sample(kinds, { seed, numRuns: count })
}
