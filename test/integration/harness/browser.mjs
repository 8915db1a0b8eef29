// Debian's Chromium, headless, driven by playwright-core (Playwright's own browser download is unreachable offline).
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

/** A persistent context with a fresh profile under `runDir`. Signals are handled by the caller. */
export async function launchBrowser({ runDir, viewport = { width: 1400, height: 900 } }) {
  const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) {
    throw new Error(`${executablePath} not found: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`);
  }
  const profile = path.join(runDir, 'chromium-profile');
  // Chromium's crash reporter writes under XDG_CONFIG_HOME even with a custom profile.
  const xdg = path.join(runDir, 'chromium-xdg');
  return chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport,
    args: CHROMIUM_ARGS,
    env: { ...process.env, XDG_CONFIG_HOME: path.join(xdg, 'config'), XDG_CACHE_HOME: path.join(xdg, 'cache') },
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}
