/** Where the generated models are served from: beside the page, so the app works under any path. */
import type { ColumnPart } from '../anatomy/column.ts'

export function modelUrl(part: ColumnPart): string {
  return `${import.meta.env.BASE_URL}models/${part}.glb`
}
