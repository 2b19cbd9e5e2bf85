/** The player the app runs on, over the app's store and playhead. Tests make their own (`createPlayer`). */

import { createPlayer } from './player.ts'
import { appPlayhead } from './playhead.ts'
import { appStore } from './store.ts'

export const appPlayer = createPlayer(appStore, appPlayhead)
