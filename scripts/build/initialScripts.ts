/**
 * The scripts a page of the build runs before anything lazy: its entry scripts (`index.html`) and
 * what each entry's dynamic import of the app fetches at once — the app's script and its imports,
 * which Vite lists beside the import as `"./name-hash.js"` for its preload helper. The page has no
 * modulepreload links (boot.ts fetches the app's script once the still picture is on screen), so
 * the HTML alone no longer names them. For the bench's "initial JavaScript" and a browser test.
 */
export async function initialScripts(
  html: string,
  read: (path: string) => Promise<string> | string,
): Promise<string[]> {
  const entries = [...html.matchAll(/<script[^>]*src="\.?\/?(assets\/[^"]+\.js)"/g)].map(
    (m) => m[1] as string,
  )
  const files = new Set(entries)
  for (const entry of entries) {
    const code = await read(entry)
    for (const m of code.matchAll(/"\.\/([\w.-]+\.js)"/g)) files.add(`assets/${m[1]}`)
  }
  return [...files]
}
