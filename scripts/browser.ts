/**
 * Launches the system Chromium the way every script and test here does (TOOLCHAIN.md): headless
 * WebGL through SwiftShader, no background networking. CHROME_PATH overrides the binary.
 */
import { chromium, type LaunchOptions } from 'playwright-core'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
]

export const launchOptions: LaunchOptions = {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
  headless: true,
}

export function launchChromium() {
  return chromium.launch(launchOptions)
}
