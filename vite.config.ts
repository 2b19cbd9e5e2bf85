import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { delivery } from './scripts/build/deliveryPlugin.ts'
import { embedDeploy } from './scripts/embedDeploy.ts'

export default defineConfig({
  // Relative asset paths: the built app works from any folder a clinic's site puts it in.
  base: './',
  plugins: [react(), embedDeploy(), delivery()],
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1' },
})
