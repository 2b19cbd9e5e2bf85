import { Environment, Lightformer } from '@react-three/drei'

/**
 * Light formers rendered once into an environment map: the bone's soft reflections. Its own chunk
 * (`Lighting` loads it lazily): drei's `Environment` brings its HDR and EXR loaders, which software
 * renderers — which skip the reflections — should not download, parse or keep.
 */
export default function SoftReflections() {
  return (
    <Environment resolution={128} frames={1}>
      <Lightformer form="rect" intensity={2.2} position={[4, 6, 6]} scale={[10, 6, 1]} />
      <Lightformer form="rect" intensity={0.8} position={[-6, 2, -4]} scale={[6, 10, 1]} color="#cfe0ff" />
      <Lightformer form="ring" intensity={0.6} position={[0, -6, 3]} scale={4} />
    </Environment>
  )
}
