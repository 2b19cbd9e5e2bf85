/** React binding of the app store: select one value per call (STYLE.md, src/state). */
import { useStore } from 'zustand'
import { type AppState, appStore } from './store.ts'

export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector)
}

export const appActions = appStore.getState().actions
