/**
 * Saves `file` as a file named `name`, through a temporary link (nothing leaves the browser). A
 * `data:` address (a picture of the view) is linked as it is: the app's CSP lets no script fetch
 * one, and a link needs no fetch.
 */
export function download(file: Blob | string, name: string): void {
  const url = typeof file === 'string' ? file : URL.createObjectURL(file)
  const a = document.createElement('a')
  a.href = url
  a.download = name
  a.click()
  if (typeof file !== 'string') setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
