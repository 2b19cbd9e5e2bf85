/** Which case a view shows: the app's own, or in compare mode the same case by the other procedure. */
export type CaseSideKey = 'main' | 'companion'
