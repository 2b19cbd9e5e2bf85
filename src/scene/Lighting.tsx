import { lazy, Suspense } from 'react'

const SoftReflections = lazy(() => import('./SoftReflections.tsx'))

/**
 * Studio lighting built in the scene (no HDR download): a soft key from above and in front, a
 * cool rim from behind, and (where the GPU can afford it) light formers that give the bone its soft
 * reflections, loaded after the first frame.
 */
export function Lighting({ environment = true }: { environment?: boolean }) {
  return (
    <>
      <hemisphereLight args={['#fff8ec', '#4a4f5a', environment ? 0.7 : 1.3]} />
      {/* Key light on the story's camera side (the patient's left, in front, above); rim from behind. */}
      <directionalLight position={[600, 700, 500]} intensity={environment ? 1.6 : 2.1} color="#fff4e2" />
      <directionalLight position={[-500, 200, -500]} intensity={0.7} color="#cfe0ff" />
      {environment && (
        <Suspense fallback={null}>
          <SoftReflections />
        </Suspense>
      )}
    </>
  )
}
