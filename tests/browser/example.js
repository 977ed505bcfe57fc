'use strict';
// The example site, built by the real `aba` for a browser suite:
//
//   const { SHOTS, buildExample } = require('./example');
//   const { tmp, site } = buildExample('aba-report-', 'site');            // aba build --out TMP/site
//   const { tmp, site } = buildExample('aba-relative-', 'on a stick', ['--relative']);
//
// The caller removes `tmp` when it is done. Or, for a suite that reads the
// example from a web server in Chromium, let the hooks do it all:
//
//   const env = servedExample('aba-report-');   // env.site, env.server, env.browser

const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const REPO = path.resolve(__dirname, '..', '..');
const SHOTS = path.join(__dirname, 'screenshots');
const BIN = path.join(REPO, 'target', 'debug', process.platform === 'win32' ? 'aba.exe' : 'aba');

/** Builds aba (debug), then the example into a new folder `name` of a new temporary folder. */
function buildExample(prefix, name, args = []) {
  const built = spawnSync('cargo', ['build', '--quiet'], { cwd: REPO, encoding: 'utf8' });
  assert.equal(built.status, 0, built.stderr);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const site = path.join(tmp, name);
  const out = spawnSync(BIN, ['build', ...args, '--out', site], { cwd: REPO, encoding: 'utf8' });
  assert.equal(out.status, 0, out.stderr);
  fs.mkdirSync(SHOTS, { recursive: true });
  return { tmp, site };
}

/** What axe checks: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** axe itself, for pages where its script is injected by hand. */
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Registers the suite's hooks: before it, the example is built into a
 * temporary folder (`env.site`), served on 127.0.0.1 (`env.server`) and
 * Chromium launched (`env.browser`); after it, all three are undone.
 */
function servedExample(prefix) {
  const { before, after } = require('node:test');
  const { launch } = require('./chromium');
  const { serve } = require('./server');
  const env = {};
  before(async () => {
    ({ tmp: env.tmp, site: env.site } = buildExample(prefix, 'site'));
    env.server = await serve(env.site);
    env.browser = await launch();
  });
  after(async () => {
    if (env.browser) await env.browser.close();
    if (env.server) await env.server.close();
    if (env.tmp) fs.rmSync(env.tmp, { recursive: true, force: true });
  });
  return env;
}

module.exports = { REPO, SHOTS, BIN, AXE_TAGS, AXE_SOURCE, buildExample, servedExample };
