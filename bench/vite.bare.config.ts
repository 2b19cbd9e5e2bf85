import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

/** Builds the bare baseline page (bench/bare) with the app's toolchain, into dist-bench/bare. */
export default defineConfig({
  root: 'bench/bare',
  base: './',
  plugins: [react()],
  build: {
    target: 'es2022',
    outDir: '../../dist-bench/bare',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  logLevel: 'warn',
})
