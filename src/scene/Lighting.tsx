import { Environment, Lightformer } from '@react-three/drei'

/**
 * Studio lighting built in the scene (no HDR download): a soft key from above and in front, a
 * cool rim from behind, and (where the GPU can afford it) light formers that give the bone its soft
 * reflections.
 */
export function Lighting({ environment = true }: { environment?: boolean }) {
  return (
    <>
      <hemisphereLight args={['#fff8ec', '#4a4f5a', environment ? 0.7 : 1.3]} />
      {/* Key light on the default camera's side (the patient's right, in front, above). */}
      <directionalLight position={[-600, 700, 500]} intensity={environment ? 1.6 : 2.1} color="#fff4e2" />
      <directionalLight position={[500, 200, -500]} intensity={0.7} color="#cfe0ff" />
      {environment && (
        <Environment resolution={128} frames={1}>
          <Lightformer form="rect" intensity={2.2} position={[4, 6, 6]} scale={[10, 6, 1]} />
          <Lightformer
            form="rect"
            intensity={0.8}
            position={[-6, 2, -4]}
            scale={[6, 10, 1]}
            color="#cfe0ff"
          />
          <Lightformer form="ring" intensity={0.6} position={[0, -6, 3]} scale={4} />
        </Environment>
      )}
    </>
  )
}
