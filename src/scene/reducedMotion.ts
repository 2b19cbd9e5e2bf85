/** Whether the viewer asked the system for less motion: cuts instead of camera flights and fades. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches
}
