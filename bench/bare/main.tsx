/**
 * The benchmark's baseline: the least R3F page with the same toolchain (one lit mesh and
 * OrbitControls). `npm run bench` measures it beside the app, in the same run, and reports ratios.
 */
import { OrbitControls } from '@react-three/drei'
import { Canvas, useFrame } from '@react-three/fiber'
import { useRef } from 'react'
import { createRoot } from 'react-dom/client'

/** Marks the first frame as the app's ReadySignal does; copied, not imported, so the baseline stays bare. */
function FirstFrameMark() {
  const done = useRef(false)
  useFrame(() => {
    if (done.current) return
    done.current = true
    requestAnimationFrame(() => {
      performance.mark('first-frame')
      document.documentElement.dataset.ready = 'true'
    })
  })
  return null
}

const frameloop =
  new URLSearchParams(window.location.search).get('frameloop') === 'always' ? 'always' : 'demand'

createRoot(document.getElementById('root') as HTMLElement).render(
  <Canvas frameloop={frameloop} dpr={[1, 2]} camera={{ position: [3, 2, 4] }}>
    <ambientLight intensity={0.5} />
    <directionalLight position={[3, 5, 2]} />
    <mesh>
      <torusKnotGeometry args={[1, 0.35, 200, 32]} />
      <meshStandardMaterial color="#efe4cc" />
    </mesh>
    <OrbitControls />
    <FirstFrameMark />
  </Canvas>,
)
