/**
 * The fluoroscopy picture's place in the page. As the whole view: its title, the projection
 * switch and what the orange means, at the view's upper right. As an inset: a square canvas at the
 * upper right of the 3D view (clear of the readout and the caption), its title and switch under
 * it; the scene copies the picture into it (scene/fluoro/Fluoroscopy.tsx follows its layout), so
 * CSS alone sizes it, and it covers the 3D view's labels.
 */
import type { Ref } from 'react'
import { t } from '../i18n/t.ts'
import { useAppStore } from '../state/useAppStore.ts'
import { ProjectionSwitch } from './ProjectionSwitch.tsx'

interface FluoroFrameProps {
  variant: 'view' | 'inset'
  /** The inset's square canvas (the scene draws the picture into it). */
  ref?: Ref<HTMLCanvasElement>
}

export function FluoroFrame({ variant, ref }: FluoroFrameProps) {
  const projection = useAppStore((s) => s.view.projection)
  const title = t(`fluoro.title.${projection}`)
  if (variant === 'view')
    return (
      <section className="fluoro-controls" aria-label={title}>
        <h2 className="fluoro-title">{title}</h2>
        <ProjectionSwitch />
        <p className="fluoro-key">
          <span className="swatch swatch--leak" aria-hidden="true" />
          {t('fluoro.leakKey')}
        </p>
      </section>
    )
  return (
    <div className="fluoro-layer">
      <figure className="fluoro-inset">
        <canvas
          ref={ref}
          className="fluoro-inset-image"
          role="img"
          aria-label={t('fluoro.inset', { projection: title })}
        />
        <figcaption className="fluoro-inset-bar">
          <span>{title}</span>
          <ProjectionSwitch compact />
        </figcaption>
      </figure>
    </div>
  )
}
