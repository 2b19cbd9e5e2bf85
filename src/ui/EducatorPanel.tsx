/**
 * The educator's panel (leva), generated from the scenario fields so ranges have one source; the
 * labels, units, descriptions and option words come from the catalogues (`field.<key>.label`,
 * `.unit`, `.description`, `option.<key>.<value>`), so the panel speaks the page's language. It
 * holds no state of its own: edits go through the store's validated path, and the store's values
 * are pushed back into the panel. Loaded lazily: leva is not in the first bundle.
 */
import { Leva, useControls } from 'leva'

// leva does not export its schema type from the package root: take it from useControls itself.
type Schema = Exclude<Parameters<typeof useControls>[0], string | (() => unknown)>

import { useEffect } from 'react'
import { genantGrade } from '../anatomy/fracture.ts'
import { isMessageKey, type MessageKey, t } from '../i18n/t.ts'
import { SCENARIO_FIELDS, type Scenario, type ScenarioField } from '../sim/scenario.ts'
import { appStore } from '../state/store.ts'
import { appActions, useAppStore } from '../state/useAppStore.ts'
import { HeightsForm } from './HeightsForm.tsx'
import { ShareTools } from './ShareTools.tsx'
import { useLanguage } from './useLanguage.ts'

/** The panel's folders: every scenario input, grouped as an educator thinks of them. */
const GROUPS: ReadonlyArray<{ title: MessageKey; keys: readonly string[]; collapsed?: boolean }> = [
  { title: 'panel.fracture', keys: ['level', 'heightLossPct', 'grade', 'shape', 'fractureAgeDays'] },
  { title: 'panel.procedure', keys: ['procedure', 'approach'] },
  { title: 'panel.bone', keys: ['tScore', 'corticalBreach', 'cleft', 'seed'], collapsed: true },
  {
    title: 'panel.cement',
    keys: ['cementViscosity', 'cementVolumeMl', 'injectionRateMlPerMin', 'injectionStartMin'],
    collapsed: true,
  },
  { title: 'panel.balloon', keys: ['balloonSizeMm', 'balloonMaxPsi'], collapsed: true },
]

/** An enum's choices as leva takes them, `{ shown word: value }`; values without words (levels, sizes) as they are. */
function options(field: ScenarioField & { kind: 'enum' }): Record<string, string | number> {
  return Object.fromEntries(
    field.options.map((o) => {
      const key = `option.${field.key}.${o}`
      return [isMessageKey(key) ? t(key) : String(o), o]
    }),
  )
}

function control(field: ScenarioField, value: unknown) {
  // leva also calls onChange when a control mounts (`initial`): only a person's edit is a change.
  const onChange = (v: unknown, _path: string, context: { fromPanel: boolean; initial: boolean }) => {
    if (context.fromPanel && !context.initial) appActions.applyScenario({ [field.key]: v }, 'panel')
  }
  const name = t(`field.${field.key}.label` as MessageKey)
  const label = field.unit ? `${name} (${t(`field.${field.key}.unit` as MessageKey)})` : name
  const hint = t(`field.${field.key}.description` as MessageKey)
  const common = { label, hint, onChange, transient: false as const }
  if (field.kind === 'enum') return { ...common, value, options: options(field) }
  if (field.kind === 'boolean') return { ...common, value: Boolean(value) }
  return { ...common, value: Number(value), min: field.min, max: field.max, step: field.step }
}

/** The panel's value for a field: a severity set by height loss shows the grade that loss falls in. */
function shown(scenario: Scenario, field: ScenarioField): unknown {
  if (field.key === 'grade') return scenario.grade ?? genantGrade(scenario.heightLossPct)
  return scenario[field.key] ?? field.default
}

function schemaFor(keys: (key: string) => boolean): Schema {
  const scenario = appStore.getState().scenario
  return Object.fromEntries(
    SCENARIO_FIELDS.filter((f) => keys(f.key)).map((f) => [f.key, control(f, shown(scenario, f))]),
  ) as Schema
}

/** One folder of scenario inputs; the store is the truth, mirrored into it (a grade sets the loss; a URL sets both). */
function ControlGroup({ title, keys, collapsed = false }: (typeof GROUPS)[number]) {
  const inGroup = (key: string) => keys.includes(key)
  const [, set] = useControls(t(title), () => schemaFor(inGroup), { collapsed })
  const scenario = useAppStore((s) => s.scenario)
  // biome-ignore lint/correctness/useExhaustiveDependencies: `keys` is a constant of GROUPS
  useEffect(() => {
    // leva types `set` by the schema it inferred; ours is built at run time.
    set(
      Object.fromEntries(
        SCENARIO_FIELDS.filter((f) => inGroup(f.key)).map((f) => [f.key, shown(scenario, f)]),
      ) as Parameters<typeof set>[0],
    )
  }, [scenario, set])
  return null
}

/** View switches: the store is their truth too (the URL and the toolbar also set them). */
function ViewGroup() {
  const viewSwitch = (key: 'labels' | 'ribs', label: string) => ({
    label,
    value: appStore.getState().view[key],
    onChange: (v: boolean, _p: string, c: { fromPanel: boolean; initial: boolean }) =>
      c.fromPanel && !c.initial && appActions.setView({ [key]: v }),
    transient: false as const,
  })
  const [, setView] = useControls(t('panel.view'), () => ({
    labels: viewSwitch('labels', t('panel.labels')),
    ribs: viewSwitch('ribs', t('panel.ribs')),
  }))
  const labels = useAppStore((s) => s.view.labels)
  const ribs = useAppStore((s) => s.view.ribs)
  useEffect(() => setView({ labels, ribs }), [labels, ribs, setView])
  return null
}

/** The panel's controls, in the language on screen (remounted by the panel when it changes). */
function Controls() {
  return (
    <>
      {GROUPS.map((group) => (
        <ControlGroup key={group.title} {...group} />
      ))}
      <ViewGroup />
    </>
  )
}

export default function EducatorPanel({ onPrint }: { onPrint: () => void }) {
  // leva keys its folders by their (translated) names: a new language builds the controls anew.
  const lang = useLanguage()
  // On a phone the open panel would cover the spine: it starts folded there.
  const narrow = window.matchMedia('(max-width: 700px)').matches
  // In a box of the page's own (under the header, over the view's right edge), not leva's fixed corner.
  return (
    <div className="educator-panel">
      <Controls key={lang} />
      <Leva
        fill
        collapsed={narrow}
        titleBar={{ title: t('panel.title'), filter: false, drag: false }}
        // Wide enough that labels such as "Genant grade" are read whole.
        theme={{
          sizes: { rootWidth: '340px', controlWidth: '170px' },
          // Lighter text than leva's defaults: WCAG AA contrast on its dark panels.
          colors: {
            highlight1: '#aeb6c4',
            highlight2: '#d3d8e0',
            highlight3: '#ffffff',
            elevation2: '#181c25',
          },
        }}
      />
      <HeightsForm />
      <ShareTools onPrint={onPrint} />
    </div>
  )
}
