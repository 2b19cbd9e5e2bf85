import { Environment, Lightformer } from '@react-three/drei'

/**
 * Studio lighting built in the scene (no HDR download): a soft key from above-front-left, a
 * cool rim from behind, and light formers that give the bone its soft reflections.
 */
export function Lighting() {
  return (
    <>
      <hemisphereLight args={['#fff8ec', '#3a3f4a', 0.7]} />
      <directionalLight position={[500, 700, 600]} intensity={1.6} color="#fff4e2" />
      <directionalLight position={[-400, 200, -500]} intensity={0.6} color="#cfe0ff" />
      <Environment resolution={128} frames={1}>
        <Lightformer form="rect" intensity={2.2} position={[4, 6, 6]} scale={[10, 6, 1]} />
        <Lightformer form="rect" intensity={0.8} position={[-6, 2, -4]} scale={[6, 10, 1]} color="#cfe0ff" />
        <Lightformer form="ring" intensity={0.6} position={[0, -6, 3]} scale={4} />
      </Environment>
    </>
  )
}
