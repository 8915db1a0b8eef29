// Runs the suite in desktop VS Code through @vscode/test-electron: with VSCODE_EXECUTABLE, or a
// VS Code it downloads when the update server is reachable (not the case offline or in our CI).
import dns from 'node:dns/promises';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { writeUserSettings } from '../../../scripts/code-server/server.mjs';

const UPDATE_HOST = 'update.code.visualstudio.com';

/** True when VS Code can be downloaded right now (DNS + HTTPS answer within a few seconds). */
export async function updateServerReachable() {
  try {
    await Promise.race([
      dns.lookup(UPDATE_HOST),
      new Promise((_, reject) => setTimeout(() => reject(new Error('dns timeout')), 2000).unref()),
    ]);
    const res = await fetch(`https://${UPDATE_HOST}/api/releases/stable`, { method: 'HEAD', signal: AbortSignal.timeout(3000) });
    return res.ok;
  } catch {
    return false;
  }
}

/** Desktop VS Code needs a display; without one we stay on code-server even when online. */
export function hasDisplay() {
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

/** Resolves to 0 (pass) or 1 (fail). The caller enforces the time limit and ends VS Code. */
export async function runInElectron({ repoRoot, testsDir, workspace, runDir, cacheRoot, env, log }) {
  const userData = path.join(runDir, 'vscode', 'user-data');
  writeUserSettings(userData);
  const launchArgs = [
    workspace,
    '--disable-extensions', // other installed extensions; the development extension still loads
    '--user-data-dir', userData,
    '--extensions-dir', path.join(runDir, 'vscode', 'extensions'),
    '--skip-welcome', '--skip-release-notes', '--disable-workspace-trust',
  ];
  if (process.getuid?.() === 0) launchArgs.push('--no-sandbox');
  const executable = process.env.VSCODE_EXECUTABLE;
  log(executable ? `desktop VS Code ${executable}` : 'desktop VS Code downloaded by @vscode/test-electron');
  return runTests({
    ...(executable ? { vscodeExecutablePath: executable } : { cachePath: path.join(cacheRoot, 'vscode-test') }),
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: testsDir,
    launchArgs,
    extensionTestsEnv: env, // no SOURCE_LENS_SCREENSHOT_DIR: screenshot() reports "unavailable" here
  }).then(() => 0, (err) => {
    // runTests rejects with "Test run failed with code N" for failing tests; anything else
    // (download, launch) is the harness's problem.
    if (/Test run failed with code/.test(String(err?.message))) return 1;
    throw err;
  });
}
