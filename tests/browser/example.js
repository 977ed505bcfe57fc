'use strict';
// The example site, built by the real `aba` for a browser suite:
//
//   const { SHOTS, buildExample } = require('./example');
//   const { tmp, site } = buildExample('aba-report-', 'site');            // aba build --out TMP/site
//   const { tmp, site } = buildExample('aba-relative-', 'on a stick', ['--relative']);
//
// The caller removes `tmp` when it is done.

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

module.exports = { REPO, SHOTS, BIN, buildExample };
