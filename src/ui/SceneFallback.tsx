/**
 * What shows instead of the 3D view when the browser gives no WebGL: a still picture of the
 * procedure (rendered by the app, committed under public/still/) and why the model is missing.
 */
import { t } from '../i18n/t.ts'

export function SceneFallback() {
  return (
    <figure className="scene-fallback scene-fallback--still">
      <img src="still/procedure.jpg" alt={t('scene.still')} width={960} height={540} />
      <figcaption role="alert">{t('scene.noWebgl')}</figcaption>
    </figure>
  )
}
