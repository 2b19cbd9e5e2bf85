/**
 * drei's `<Html>` (a label in the page, following a point of the scene), always put in the canvas's
 * own parent element. Left to itself, drei chooses that element at each render — R3F's event
 * target once events are connected, the canvas's parent before — and when the choice changes it
 * makes a second React root on the same label element while the first root's unmount may still
 * be pending (React defers it while it is committing): the new root's first commit empties the
 * element, then the pending unmount fails with an uncaught "Failed to execute 'removeChild' on
 * 'Node'". R3F connects its events only after the scene's first effects ran, so every new canvas
 * showing labels (compare mode's second canvas, a restored context) changed the choice once. A
 * fixed element means one root per label for its whole life.
 */
import { Html } from '@react-three/drei'
import { useThree } from '@react-three/fiber'
import { type ComponentProps, type RefObject, useMemo } from 'react'

export function SceneHtml(props: Omit<ComponentProps<typeof Html>, 'portal'>) {
  const parent = useThree((s) => s.gl.domElement.parentNode as HTMLElement | null)
  const portal = useMemo(() => ({ current: parent }) as RefObject<HTMLElement>, [parent])
  return <Html {...props} portal={portal} />
}
