/** Where the generated models are served from: beside the page, so the app works under any path. */
import type { ColumnPart } from '../anatomy/column.ts'
import type { RibModelName } from '../geometry/modelNames.ts'

export function modelUrl(part: ColumnPart | RibModelName): string {
  return `${import.meta.env.BASE_URL}models/${part}.glb`
}
