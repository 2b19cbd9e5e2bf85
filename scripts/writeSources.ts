/**
 * Writes docs/SOURCES.md from the bibliography in src/sim/sources.ts (the list the app's sources
 * panel shows): `npm run sources`. tests/unit/sim/sources.test.ts fails when the file is stale.
 */
import { writeFileSync } from 'node:fs'
import { sourcesMarkdown } from '../src/sim/sourcesMarkdown.ts'

const out = new URL('../docs/SOURCES.md', import.meta.url)
writeFileSync(out, sourcesMarkdown())
console.log(`wrote ${out.pathname}`)
