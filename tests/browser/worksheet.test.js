'use strict';
// The worksheet page (/worksheet/) in Chromium: a form that writes an area's
// area.yaml and an assessment's PERIOD.yaml.
//
//   npm ci && node --test tests/browser/worksheet.test.js
//
// Builds the example site with the debug binary, serves it on 127.0.0.1, and
// checks what an officer would do: fill in a new area and assessment with the
// keyboard alone and download both files, which `aba check` accepts and
// `aba build` shows; open every example assessment and download it again, which
// builds to identical pages and data files; a draft survives a reload; "Save to
// the site" under `aba serve`; axe in the empty, with-errors and filled states;
// reflow at 320px; and the page from a folder on disk. Screenshots of the empty
// and filled form at 390px and 1280px go to tests/browser/screenshots/.

const { describe, test, after } = require('node:test');
const assert = require('node:assert/strict');
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { AxeBuilder } = require('@axe-core/playwright');
const { serve } = require('./server');

const REPO = path.resolve(__dirname, '..', '..');
const SHOTS = path.join(__dirname, 'screenshots');
const { launch } = require('./chromium');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const BIN = path.join(REPO, 'target', 'debug', process.platform === 'win32' ? 'aba.exe' : 'aba');

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: REPO, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...opts });
  if (r.error) throw new Error(`could not run ${cmd} ${args.join(' ')}: ${r.error.message}`);
  return r;
}
function ok(cmd, args, opts) {
  const r = run(cmd, args, opts);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}\n${r.stdout}\n${r.stderr}`.trim());
  return r;
}

/** A copy of the example site (content, assessments, site.yaml) in a new temp folder. */
function exampleCopy(name) {
  const root = fs.mkdtempSync(path.join(env.tmp, `${name}-`));
  for (const dir of ['content', 'assessments']) fs.cpSync(path.join(REPO, dir), path.join(root, dir), { recursive: true });
  fs.copyFileSync(path.join(REPO, 'site.yaml'), path.join(root, 'site.yaml'));
  return root;
}

/** Every file under `dir`, relative path -> bytes. */
function snapshot(dir) {
  const out = new Map();
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(path.relative(dir, p), fs.readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

const env = { tmp: null, site: null, siteDir: null, browser: null };

let setupPromise = null;
async function ready() {
  setupPromise ||= (async () => {
    env.tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aba-worksheet-'));
    env.siteDir = path.join(env.tmp, 'site');
    ok('cargo', ['build', '--quiet']);
    ok(BIN, ['build', '--out', env.siteDir]);
    env.site = await serve(env.siteDir);
    env.browser = await launch();
    fs.mkdirSync(SHOTS, { recursive: true });
  })();
  return setupPromise;
}

after(async () => {
  if (env.browser) await env.browser.close();
  if (env.site) await env.site.close();
  if (env.tmp && !process.env.ABA_KEEP_SITE) fs.rmSync(env.tmp, { recursive: true, force: true });
  else if (env.tmp) console.log(`kept ${env.tmp}`);
});

/** A fresh browser context (its own localStorage) and the worksheet page in it. */
async function worksheet(width = 1280, url = null) {
  await ready();
  const context = await env.browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1, acceptDownloads: true });
  const page = await context.newPage();
  page.__errors = [];
  page.on('pageerror', (e) => page.__errors.push(String(e && e.message ? e.message : e)));
  await page.goto(url || env.site.url + 'worksheet/', { waitUntil: 'load' });
  await page.waitForSelector('#ws-form');
  page.__close = () => context.close();
  return page;
}

async function axeClean(page, state) {
  const results = await new AxeBuilder({ page, axeSource: AXE_SOURCE }).withTags(AXE_TAGS).analyze();
  const text = results.violations
    .map((v) => `[${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `  - ${n.target.join(' ')}`).join('\n')}`)
    .join('\n');
  assert.equal(results.violations.length, 0, `axe on the worksheet, ${state}:\n${text}`);
}

async function noSidewaysScroll(page, width, state) {
  const w = await page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth));
  assert.ok(w <= width + 1, `the worksheet (${state}) scrolls sideways at ${width}px: it is ${w}px wide`);
}

/** Tab, as a keyboard user does, until the focused element matches `selector`. */
async function tabTo(page, selector, max = 800) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => !!document.activeElement && document.activeElement.matches(s), selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}
async function typeInto(page, name, text) {
  await tabTo(page, `[name="${name}"]`);
  await page.keyboard.type(text);
}
/** Downloads what pressing Enter on the focused button gives, into `dir`; returns the file's name. */
async function downloadWithEnter(page, buttonId, dir) {
  await tabTo(page, `#${buttonId}`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const name = download.suggestedFilename();
  fs.mkdirSync(dir, { recursive: true });
  await download.saveAs(path.join(dir, name));
  return name;
}
async function downloadByClick(page, buttonId, file) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(`#${buttonId}`)]);
  await download.saveAs(file);
  return download.suggestedFilename();
}
async function fromTheTop(page) {
  await page.evaluate(() => {
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute('tabindex');
  });
}

/** Fills in a new area and assessment with the keyboard alone. */
async function fillByKeyboard(page) {
  await fromTheTop(page);
  await typeInto(page, 'area.name', 'Tally Vale');
  await typeInto(page, 'area.kind', 'District council');
  await typeInto(page, 'area.region', 'North West');
  await tabTo(page, '[name="area.nation"]');
  await page.keyboard.type('England');
  await typeInto(page, 'area.website', 'https://www.tally-vale.example.gov.uk');
  await typeInto(page, 'period', '2026');
  await typeInto(page, 'assessed_on', '2026-03-12');
  await typeInto(page, 'facilitator', 'Tally Vale Together');
  await typeInto(page, 'participants.people-with-lived-experience', '12');
  await typeInto(page, 'participants.frontline-workers', '8');
  await typeInto(page, 'summary', 'Our first assessment: "a start", with **residents**.\nMore to do: lots.');
  await typeInto(page, 'pointers.living-map.votes', '2 3 3 1');
  await tabTo(page, '[name="pointers.living-map.target"]');
  await page.keyboard.type('3');
  await typeInto(page, 'pointers.living-map.strengths', 'Residents keep the map.\n\n- 400 entries\n- # one with a hash');
  await tabTo(page, '#ws-add-evidence-living-map');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Asset map: 400 entries');
  await typeInto(page, 'pointers.living-map.evidence.0.link', 'https://example.org/map');
  await typeInto(page, 'pointers.living-map.evidence.0.date', '2025-11-02');
  await tabTo(page, '#ws-add-step-living-map');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Add health and care assets to the map');
  await typeInto(page, 'pointers.living-map.next_steps.0.owner', 'Public health');
  await typeInto(page, 'pointers.living-map.next_steps.0.due', '2026-12-31');
  await tabTo(page, '[name="pointers.living-map.next_steps.0.status"]');
  await page.keyboard.type('planned');
  await typeInto(page, 'pointers.power-to-citizens.votes', '3, 3, 4');
  await tabTo(page, '[name="pointers.power-to-citizens.score"]');
  await page.keyboard.type('4');
  await tabTo(page, '[name="pointers.power-to-citizens.confidence"]');
  await page.keyboard.type('high');
  await typeInto(page, 'pointers.whole-place-change.votes', '1 1 2');
}

describe('the worksheet page', { concurrency: 1 }, () => {
  test('by keyboard alone: a new area and assessment, downloaded, pass aba check and build with the scores typed', async () => {
    const page = await worksheet();
    try {
      await fillByKeyboard(page);
      assert.equal(await page.inputValue('[name="folder"]'), 'tally-vale', 'the folder name is suggested from the name');
      const live = await page.textContent('#ws-pointers-living-map-votes-live');
      assert.match(live, /4 votes\. The middle vote is 2 \(Developing\)\./);
      assert.match(live, /The group was divided/);
      const live2 = await page.textContent('#ws-pointers-power-to-citizens-votes-live');
      assert.match(live2, /The middle vote is 3 \(Established\)\. The group agreed a score of 4 \(Embedded\) directly/);
      assert.doesNotMatch(await page.textContent('#ws-pointers-whole-place-change-votes-live'), /divided/, '1 1 2 spans two levels only');

      const dir = path.join(env.tmp, 'typed');
      const periodFile = await downloadWithEnter(page, 'ws-download-assessment', dir);
      const areaFile = await downloadWithEnter(page, 'ws-download-area', dir);
      assert.equal(periodFile, '2026.yaml');
      assert.equal(areaFile, 'area.yaml');
      assert.deepEqual(page.__errors, []);

      for (const [w, state] of [[1280, 'filled'], [390, 'filled']]) {
        await page.setViewportSize({ width: w, height: 900 });
        await page.screenshot({ path: path.join(SHOTS, `worksheet-${state}-${w}.png`), fullPage: true, animations: 'disabled' });
      }
      await page.setViewportSize({ width: 1280, height: 900 });
      await axeClean(page, 'filled');
      await page.setViewportSize({ width: 320, height: 640 });
      await noSidewaysScroll(page, 320, 'filled');

      const text = fs.readFileSync(path.join(dir, '2026.yaml'), 'utf8');
      assert.match(text, /^# yaml-language-server: \$schema=\.\.\/\.\.\/public\/data\/assessment\.schema\.json\n# Self-assessment for 2026 against /);
      assert.match(text, /\n {4}votes: \[2, 3, 3, 1\]\n/);
      const site = exampleCopy('typed');
      fs.mkdirSync(path.join(site, 'assessments', 'tally-vale'));
      for (const f of ['2026.yaml', 'area.yaml']) fs.copyFileSync(path.join(dir, f), path.join(site, 'assessments', 'tally-vale', f));
      const check = run(BIN, ['check', '--root', site]);
      assert.equal(check.status, 0, check.stderr);
      const mine = check.stderr.split('\n').filter((l) => l.includes('tally-vale'));
      assert.deepEqual(mine.filter((l) => l.startsWith('error')), []);
      // (The example is in English and Welsh: text typed in English only is noted too.)
      const noted = /not assessed: connection-test|texts? of this file (is|are) in one language only/;
      assert.ok(mine.every((l) => noted.test(l)), `only the pointers left out, and the text in one language, are noted:\n${mine.join('\n')}`);

      const out = path.join(site, 'public');
      ok(BIN, ['build', '--root', site, '--out', out]);
      const html = fs.readFileSync(path.join(out, 'areas', 'tally-vale', 'index.html'), 'utf8');
      assert.match(html, /Tally Vale/);
      assert.match(html, /The middle vote is 2 \(Developing\)/);
      const data = JSON.parse(fs.readFileSync(path.join(out, 'data', 'areas', 'tally-vale', '2026.json'), 'utf8'));
      const byId = Object.fromEntries(data.pointers.map((p) => [p.pointer, p]));
      assert.deepEqual(byId['living-map'].votes, [2, 3, 3, 1]);
      assert.equal(byId['living-map'].score, 2);
      assert.equal(byId['living-map'].target, 3);
      assert.equal(byId['living-map'].strengths, 'Residents keep the map.\n\n- 400 entries\n- # one with a hash');
      // The example is in two languages: each text keeps its language beside it (`*_by_language`).
      const en = (t) => ({ 'en-GB': t });
      assert.deepEqual(byId['living-map'].evidence, [{ text: 'Asset map: 400 entries', text_by_language: en('Asset map: 400 entries'), link: 'https://example.org/map', date: '2025-11-02' }]);
      assert.deepEqual(byId['living-map'].next_steps, [{ action: 'Add health and care assets to the map', action_by_language: en('Add health and care assets to the map'), owner: 'Public health', owner_by_language: en('Public health'), due: '2026-12-31', status: 'planned' }]);
      assert.equal(byId['power-to-citizens'].score, 4);
      assert.equal(byId['power-to-citizens'].confidence, 'high');
      assert.equal(byId['whole-place-change'].score, 1);
      assert.equal(data.summary, 'Our first assessment: "a start", with **residents**.\nMore to do: lots.');
      assert.deepEqual(data.participants, [{ role: 'people with lived experience', count: 12 }, { role: 'frontline workers', count: 8 }]);
      assert.equal(data.area_name, 'Tally Vale');
      assert.equal(data.nation, 'England');
    } finally {
      await page.__close();
    }
  });

  test('every example assessment, opened and downloaded again, builds to identical pages and data files', async () => {
    const page = await worksheet();
    const original = exampleCopy('original');
    const again = exampleCopy('again');
    try {
      const areas = fs.readdirSync(path.join(REPO, 'assessments')).sort();
      let count = 0;
      for (const area of areas) {
        const dir = path.join(REPO, 'assessments', area);
        const periods = fs.readdirSync(dir).filter((f) => f !== 'area.yaml' && f.endsWith('.yaml')).sort();
        for (const [i, file] of periods.entries()) {
          // An assessment on another version of the framework (Millbrook's
          // 2019 pilot) is not opened into the form, which says so.
          const otherVersion = /^framework: Millbrook network pilot, 2019$/m.test(fs.readFileSync(path.join(dir, file), 'utf8'));
          await page.evaluate(() => { document.getElementById('ws-status').textContent = ''; });
          await page.setInputFiles('#ws-open', [path.join(dir, 'area.yaml'), path.join(dir, file)]);
          await page.waitForFunction(
            (f) => document.getElementById('ws-status').textContent.includes(`Opened area.yaml and ${f}`),
            file,
          );
          if (otherVersion) {
            assert.match(await page.textContent('#ws-problems'), /another version of the framework/, `${area}/${file}`);
            continue;
          }
          assert.ok(await page.isHidden('#ws-problems'), `${area}/${file}: parts could not be read: ${await page.textContent('#ws-problems')}`);
          assert.ok(await page.isHidden('#ws-error-summary'), `${area}/${file}: ${await page.textContent('#ws-error-summary')}`);
          const target = path.join(again, 'assessments', area);
          assert.equal(await downloadByClick(page, 'ws-download-assessment', path.join(target, file)), file);
          if (i === 0) await downloadByClick(page, 'ws-download-area', path.join(target, 'area.yaml'));
          count += 1;
        }
      }
      assert.ok(count >= 30, `${count} example assessments`);
      assert.deepEqual(page.__errors, []);
      for (const drafts of [[], ['--drafts']]) {
        const checks = [original, again].map((root) => run(BIN, ['check', '--root', root, ...drafts]));
        assert.equal(checks[1].status, 0, checks[1].stderr);
        // The lines move (the files gain a header comment): the warnings must not.
        const warnings = (r) => r.stderr.split('\n').filter((l) => l.startsWith('warning')).map((l) => l.replace(/\.yaml:\d+:\d+:/, '.yaml:')).sort();
        assert.deepEqual(warnings(checks[1]), warnings(checks[0]), 'the same warnings, and no new ones');
        const [a, b] = [original, again].map((root) => {
          const out = path.join(root, `public${drafts.length ? '-drafts' : ''}`);
          ok(BIN, ['build', '--root', root, '--out', out, ...drafts]);
          return snapshot(out);
        });
        assert.deepEqual([...b.keys()].sort(), [...a.keys()].sort());
        const differ = [...a.keys()].filter((k) => !a.get(k).equals(b.get(k)));
        assert.deepEqual(differ, [], `files that differ after opening and downloading again${drafts.length ? ' (with drafts)' : ''}`);
      }
    } finally {
      await page.__close();
    }
  });

  test('a file with mistakes opens as far as it can and shows them in aba check\'s words', async () => {
    const page = await worksheet();
    try {
      const file = path.join(env.tmp, '2024.yaml');
      fs.writeFileSync(
        file,
        'assessed_on: 2024-02-30\nfacilitatr: Sam\nparticipants:\n  - { role: people with lived experience, count: 4 }\npointers:\n  living-maps:\n    score: 2\n  power-to-citizens:\n    score: 9\n    votes: [3, 3]\n    strengths: Kept.\n',
      );
      await page.setInputFiles('#ws-open', file);
      await page.waitForSelector('#ws-problems:not([hidden])');
      const problems = await page.textContent('#ws-problems');
      assert.match(problems, /2024\.yaml:2:1: unknown key facilitatr in an assessment; did you mean facilitator\?/);
      assert.match(problems, /2024\.yaml:6:3: unknown pointer "living-maps"; did you mean "living-map"\?/);
      const summary = await page.textContent('#ws-error-summary');
      assert.match(summary, /2024-02-30 is not a real date/);
      assert.match(summary, /the score 9 is not on the scale/);
      assert.ok(await page.evaluate(() => document.activeElement.id === 'ws-error-summary'), 'focus moves to the error summary');
      assert.equal(await page.inputValue('[name="period"]'), '2024');
      assert.equal(await page.inputValue('[name="pointers.power-to-citizens.strengths"]'), 'Kept.');
      assert.equal(await page.inputValue('[name="participants.people-with-lived-experience"]'), '4');
      const field = page.locator('[name="assessed_on"]');
      assert.equal(await field.getAttribute('aria-invalid'), 'true');
      assert.match(await page.textContent('#ws-assessed_on-error'), /Error: 2024-02-30 is not a real date; write dates as YYYY-MM-DD/);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: path.join(SHOTS, 'worksheet-errors-390.png') });
      await page.setViewportSize({ width: 1280, height: 900 });
      await axeClean(page, 'with errors');
      // Nothing is downloaded until the mistakes are put right.
      await page.click('#ws-download-assessment');
      assert.match(await page.textContent('#ws-status'), /Nothing was downloaded/);
      // The summary link goes to the field.
      await page.click('#ws-error-summary a:has-text("is not a real date")');
      assert.equal(await page.evaluate(() => document.activeElement.name), 'assessed_on');
      await page.fill('[name="assessed_on"]', '2024-02-28');
      assert.ok(await page.isHidden('#ws-assessed_on-error'), 'the message goes once the date is right');
    } finally {
      await page.__close();
    }
  });

  test('empty: axe, screenshots, reflow at 320px; without JavaScript it explains and links the kit', async () => {
    const page = await worksheet();
    try {
      await axeClean(page, 'empty');
      for (const w of [1280, 390]) {
        await page.setViewportSize({ width: w, height: 900 });
        await page.screenshot({ path: path.join(SHOTS, `worksheet-empty-${w}.png`), fullPage: true, animations: 'disabled' });
      }
      await page.setViewportSize({ width: 320, height: 640 });
      await noSidewaysScroll(page, 320, 'empty');
      assert.ok(await page.isHidden('#worksheet-nojs'));
      assert.ok(await page.isHidden('#ws-save'), 'no Save button on the published site');
      assert.deepEqual(page.__errors, []);
    } finally {
      await page.__close();
    }
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    try {
      const nojs = await context.newPage();
      await nojs.goto(env.site.url + 'worksheet/');
      assert.ok(await nojs.isVisible('#worksheet-nojs'));
      const text = await nojs.textContent('#worksheet-nojs');
      assert.match(text, /aba new your-area/);
      assert.equal(await nojs.getAttribute('#worksheet-nojs a >> nth=0', 'href'), '/workshop/');
      assert.ok(await nojs.isHidden('#worksheet-app'));
    } finally {
      await context.close();
    }
  });

  test('a draft survives a reload; Start again asks first', async () => {
    const page = await worksheet();
    try {
      await page.fill('[name="area.name"]', 'Saxby Marsh');
      await page.fill('[name="pointers.living-map.votes"]', '1 2');
      await page.click('#ws-add-evidence-living-map');
      await page.fill('[name="pointers.living-map.evidence.0.text"]', 'A list of groups');
      await page.reload();
      await page.waitForSelector('#ws-form');
      assert.equal(await page.inputValue('[name="area.name"]'), 'Saxby Marsh');
      assert.equal(await page.inputValue('[name="folder"]'), 'saxby-marsh');
      assert.equal(await page.inputValue('[name="pointers.living-map.votes"]'), '1 2');
      assert.equal(await page.inputValue('[name="pointers.living-map.evidence.0.text"]'), 'A list of groups');
      assert.match(await page.textContent('#ws-status'), /Your draft from before is back/);
      assert.match(await page.textContent('#worksheet-app'), /kept in this browser/);

      await page.click('#ws-again');
      assert.ok(await page.isVisible('#ws-confirm'), 'Start again asks first');
      await page.click('text=No, keep it');
      assert.equal(await page.inputValue('[name="area.name"]'), 'Saxby Marsh');
      await page.click('#ws-again');
      await page.click('text=Yes, empty the form');
      assert.equal(await page.inputValue('[name="area.name"]'), '');
      await page.reload();
      await page.waitForSelector('#ws-form');
      assert.equal(await page.inputValue('[name="area.name"]'), '');
      assert.equal(await page.locator('[name="pointers.living-map.evidence.0.text"]').count(), 0);
    } finally {
      await page.__close();
    }
  });

  test('start from a published assessment: last time\'s next steps come across, and its targets show', async () => {
    // The area page's link, "Fill in next year's assessment", names the area.
    const page = await worksheet(1280, env.site.url + 'worksheet/?area=millbrook');
    try {
      assert.equal(await page.inputValue('#ws-from-area'), 'millbrook');
      await page.selectOption('#ws-from-period', '2025');
      await page.click('text=Start from it');
      await page.waitForFunction(() => /Started from Millbrook/.test(document.getElementById('ws-status').textContent));
      assert.equal(await page.inputValue('[name="area.name"]'), 'Millbrook');
      assert.equal(await page.inputValue('[name="folder"]'), 'millbrook');
      assert.equal(await page.inputValue('[name="pointers.living-map.next_steps.0.action"]'), 'Renew the map platform contract');
      assert.equal(await page.inputValue('[name="pointers.living-map.next_steps.0.status"]'), 'in progress');
      assert.match(await page.textContent('#ws-p-living-map'), /Last time \(2025\): scored 3 \(Established\); aimed for 4 \(Embedded\)/);
      assert.equal(await page.inputValue('[name="pointers.living-map.votes"]'), '');
    } finally {
      await page.__close();
    }
  });

  test('from a folder on disk (file://) the form works, and says plainly what it cannot do', async () => {
    const page = await worksheet(1280, 'file://' + path.join(env.siteDir, 'worksheet', 'index.html'));
    try {
      assert.ok(await page.isVisible('[name="area.name"]'));
      const color = await page.evaluate(() => getComputedStyle(document.querySelector('.ws-error-summary, .ws-section')).borderTopStyle);
      assert.equal(color, 'solid', 'the styles load from the folder too');
      await page.fill('[name="area.name"]', 'Offline Vale');
      assert.equal(await downloadByClick(page, 'ws-download-area', path.join(env.tmp, 'offline-area.yaml')), 'area.yaml');
      assert.match(fs.readFileSync(path.join(env.tmp, 'offline-area.yaml'), 'utf8'), /^name: Offline Vale\n/);
      await page.click('text=Start from it');
      assert.match(await page.textContent('#ws-status'), /opened from a folder on your computer/);
      assert.deepEqual(page.__errors, []);
    } finally {
      await page.__close();
    }
  });

  test('the vendored js-yaml is the npm package\'s browser build, at the version its banner names', () => {
    const shipped = fs.readFileSync(path.join(REPO, 'themes/default/static/js-yaml.min.js'), 'utf8');
    const pkg = JSON.parse(fs.readFileSync(require.resolve('js-yaml/package.json'), 'utf8'));
    const dist = fs.readFileSync(path.join(path.dirname(require.resolve('js-yaml/package.json')), 'dist/browser/js-yaml.umd.min.js'), 'utf8');
    const [banner, ...rest] = shipped.split('\n');
    assert.match(banner, new RegExp(`js-yaml ${pkg.version.replace(/\./g, '\\.')} `));
    assert.equal(rest.join('\n'), dist.replace(/\n\/\/# sourceMappingURL=.*\n?$/, '\n'));
    assert.ok(fs.existsSync(path.join(REPO, 'themes/default/static/js-yaml.LICENSE.txt')));
  });
});

describe('Save to the site, under aba serve', () => {
  test('writes the file, shows the check, and refuses after the file changed on disk', async () => {
    await ready();
    const root = exampleCopy('serve');
    const child = spawn(BIN, ['serve', '--root', root, '--port', '0'], { stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      const url = await new Promise((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d) => {
          out += d;
          const m = out.match(/http:\/\/\S+/);
          if (m) resolve(m[0]);
        });
        child.on('exit', (code) => reject(new Error(`aba serve exited with ${code}`)));
      });
      const page = await worksheet(1280, url + 'worksheet/');
      try {
        assert.ok(await page.isVisible('#ws-save'));
        await page.fill('[name="area.name"]', 'Fenwick');
        await page.fill('[name="period"]', '2026');
        await page.fill('[name="assessed_on"]', '2026-04-01');
        await page.fill('[name="participants.people-with-lived-experience"]', '7');
        await page.fill('[name="pointers.living-map.votes"]', '3 3 2');
        await page.click('#ws-save');
        await page.waitForSelector('#ws-save-result h3');
        assert.equal(await page.textContent('#ws-save-result h3'), 'Saved', await page.textContent('#ws-save-result'));
        const file = path.join(root, 'assessments', 'fenwick', '2026.yaml');
        assert.match(fs.readFileSync(file, 'utf8'), /living-map:\n {4}votes: \[3, 3, 2\]/);
        assert.match(fs.readFileSync(path.join(root, 'assessments', 'fenwick', 'area.yaml'), 'utf8'), /^name: Fenwick\n/);
        await page.locator('#ws-save-result').scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(SHOTS, 'worksheet-saved-1280.png') });
        const result = await page.textContent('#ws-save-result');
        assert.match(result, /aba check found 0 errors/);
        assert.match(result, /warning: assessments\/fenwick\/2026\.yaml:1:1: not assessed: power-to-citizens/);
        // The preview has the new area.
        let status = 0;
        for (let i = 0; i < 100 && status !== 200; i++) {
          status = (await fetch(url + 'areas/fenwick/')).status;
          if (status !== 200) await new Promise((r) => setTimeout(r, 100));
        }
        assert.equal(status, 200, 'the preview shows the saved area');

        // Saved again after an edit: the page knows the file it wrote.
        await page.fill('[name="pointers.living-map.votes"]', '3 3 3');
        await page.click('#ws-save');
        await page.waitForSelector('#ws-save-result h3');
        assert.equal(await page.textContent('#ws-save-result h3'), 'Saved', await page.textContent('#ws-save-result'));
        assert.match(fs.readFileSync(file, 'utf8'), /votes: \[3, 3, 3\]/);

        // Someone edits the file by hand: the page's save is refused, and it offers a download.
        const edited = fs.readFileSync(file, 'utf8').replace('votes: [3, 3, 3]', 'votes: [4, 4, 4]');
        fs.writeFileSync(file, edited);
        await page.fill('[name="pointers.living-map.votes"]', '1 1 1');
        await page.click('#ws-save');
        await page.waitForSelector('#ws-save-result h3');
        assert.equal(await page.textContent('#ws-save-result h3'), 'Not saved');
        assert.match(await page.textContent('#ws-save-result'), /changed on disk since this page opened it/);
        assert.ok(await page.isVisible('text=Download assessment instead'));
        assert.equal(fs.readFileSync(file, 'utf8'), edited, 'the edit on disk is kept');

        // Without the right key, nothing is written.
        await page.evaluate(() => { window.abaServe.secret = 'not-the-key'; });
        await page.fill('[name="period"]', '2027');
        await page.click('#ws-save');
        await page.waitForFunction(() => /does not match/.test(document.getElementById('ws-save-result').textContent));
        assert.ok(!fs.existsSync(path.join(root, 'assessments', 'fenwick', '2027.yaml')));
        assert.deepEqual(page.__errors, []);
      } finally {
        await page.__close();
      }
    } finally {
      child.kill();
    }
  });
});
