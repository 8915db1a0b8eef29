// Screenshot requests from the test suite (which runs in the extension host, not in the page).
//
// Protocol, through the folder named by SOURCE_LENS_SCREENSHOT_DIR:
//   suite:   writes <name>.request.json = {"name", "selector"?, "click"?} (atomically: temp file + rename)
//   harness: notices it (fs.watch), optionally waits for `selector` in the workbench page, saves
//            <outDir>/<name>.png, clicks `click` if given (a user's click, e.g. a notification's Cancel
//            button), then writes <name>.done.json = {"path"} or {"error"}
//            and deletes the request
//   suite:   waits for <name>.done.json with fs.watch and a deadline, deletes it, then continues.
import fs from 'node:fs';
import path from 'node:path';

const REQUEST = '.request.json';
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,80}$/;

/** Serves screenshot requests for `page` until stopped. */
export function serveScreenshots({ page, requestDir, outDir, log }) {
  fs.mkdirSync(requestDir, { recursive: true });
  fs.mkdirSync(outDir, { recursive: true });
  const inFlight = new Set();
  let queue = Promise.resolve();

  const take = async (file) => {
    const name = file.slice(0, -REQUEST.length);
    let result;
    try {
      if (!SAFE_NAME.test(name)) throw new Error(`invalid screenshot name ${JSON.stringify(name)}`);
      const request = JSON.parse(fs.readFileSync(path.join(requestDir, file), 'utf8'));
      if (request.selector) {
        await page.waitForSelector(request.selector, { timeout: 15_000 })
          .catch(() => log(`screenshot ${name}: selector ${request.selector} did not appear; taking it anyway`));
      }
      // Widgets fade in (the hover is a CSS animation): a picture taken mid-way is half transparent. Waits, frame by
      // frame, until no finite animation runs; endless ones (the cursor, progress bars) do not count.
      await page.waitForFunction(
        () => document.getAnimations().every((a) => a.playState !== 'running' || !Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity)),
        undefined,
        { polling: 'raf', timeout: 15_000 },
      ).catch(() => log(`screenshot ${name}: animations still running; taking it anyway`));
      // Two animation frames: the workbench has painted what the extension host sent before the request.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const target = path.join(outDir, `${name}.png`);
      await page.screenshot({ path: target });
      log(`screenshot ${target}`);
      if (request.click) {
        await page.click(request.click, { timeout: 15_000 });
        log(`screenshot ${name}: clicked ${request.click}`);
      }
      result = { path: target };
    } catch (err) {
      result = { error: String(err?.message ?? err) };
      log(`screenshot ${name} failed: ${result.error}`);
    }
    // Removing the request first lets a test ask again under the same name.
    fs.rmSync(path.join(requestDir, file), { force: true });
    inFlight.delete(file);
    const done = path.join(requestDir, `${name}.done.json`);
    fs.writeFileSync(`${done}.tmp`, JSON.stringify(result));
    fs.renameSync(`${done}.tmp`, done);
  };

  // Rescanning on every event also picks up requests whose events were coalesced.
  const scan = () => {
    for (const file of fs.readdirSync(requestDir)) {
      if (!file.endsWith(REQUEST) || inFlight.has(file)) continue;
      inFlight.add(file);
      queue = queue.then(() => take(file));
    }
  };
  const watcher = fs.watch(requestDir, scan);
  scan();
  return {
    /** Stops watching after the pending requests are served. */
    async close() { watcher.close(); await queue; },
  };
}
