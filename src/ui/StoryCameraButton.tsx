/**
 * "Back to the story's view": shown once the viewer has turned or zoomed the view away from the
 * chapter's shot (or a link opened a camera of its own), it flies the camera back.
 */
import { useStore } from 'zustand'
import { t } from '../i18n/t.ts'
import { returnToStoryCamera, sceneAccess } from '../state/sceneAccess.ts'

export function StoryCameraButton() {
  const offStory = useStore(sceneAccess, (s) => s.offStory)
  if (!offStory) return null
  return (
    <button type="button" className="story-camera" onClick={() => returnToStoryCamera(sceneAccess)}>
      {t('view.storyCamera')}
    </button>
  )
}
