import { Component, type ReactNode } from 'react'
import { t } from '../i18n/t.ts'

/** Turns a failure of the 3D view into a message in its place, never a blank page. */
export class SceneErrorBoundary extends Component<{ children: ReactNode }, { message: string | null }> {
  override state = { message: null as string | null }

  static getDerivedStateFromError(error: unknown) {
    return { message: error instanceof Error ? error.message : String(error) }
  }

  override render() {
    if (this.state.message !== null) {
      return (
        <p className="scene-fallback" role="alert">
          {t('scene.error', { message: this.state.message })}
        </p>
      )
    }
    return this.props.children
  }
}
