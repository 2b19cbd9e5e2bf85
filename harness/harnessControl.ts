/** Shared between the harness page, its canvas and Playwright (`window.cementHarness`). */
export interface HarnessControl {
  invalidate: () => void
  setFrameloop: (mode: 'always' | 'demand' | 'never') => void
}

export const harness = {
  /** Playback time, procedure seconds (what CementVolume and Leaks read each frame). */
  time: { current: 0 },
  frames: 0,
  control: null as HarnessControl | null,
}
