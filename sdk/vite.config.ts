import { defineConfig } from 'vite'

/**
 * The host SDK, built on its own (`npm run build` runs this after the app): one small ES module,
 * dist/sdk/spine3d.js, with no dependencies; its types come from `tsc -p sdk/tsconfig.json`.
 */
export default defineConfig({
  publicDir: false,
  build: {
    lib: { entry: 'sdk/spine3d.ts', formats: ['es'], fileName: () => 'spine3d.js' },
    outDir: 'dist/sdk',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: false,
  },
})
