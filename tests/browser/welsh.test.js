'use strict';
// The Welsh pages of the example (site.yaml: languages: [en-GB, cy]), in a
// browser: every page kind passes axe (WCAG 2.2 AA, as the English run),
// links to its English counterpart by the name "English" (and back, by
// "Cymraeg"), and the scripts of the compare page and the worksheet speak
// Welsh: no English message text outside an element marked lang="en…".
//
//   npm ci && node --test tests/browser/welsh.test.js

const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const { AxeBuilder } = require('@axe-core/playwright');
const { launch } = require('./chromium');
const { serve } = require('./server');
const { REPO, SHOTS, AXE_TAGS, AXE_SOURCE, buildExample } = require('./example');


/** The Welsh page of each page kind; `waitFor`: what JavaScript adds. */
const PAGES = [
  { name: 'home', path: '/cy/' },
  { name: 'pointers', path: '/cy/pointers/' },
  { name: 'pointer', path: '/cy/pointers/living-map/' },
  { name: 'areas', path: '/cy/areas/', waitFor: '#filter-count:not(:empty)' },
  { name: 'area-welsh', path: '/cy/areas/bro-derwen/' },
  { name: 'area-welsh-earlier', path: '/cy/areas/cwm-tawel/2023/' },
  { name: 'area-english', path: '/cy/areas/millbrook/' },
  { name: 'framework-version', path: '/cy/frameworks/pilot-2019/' },
  { name: 'present', path: '/cy/areas/cwm-tawel/2025/#present' },
  { name: 'report', path: '/cy/areas/bro-derwen/2024/report/' },
  { name: 'compare', path: '/cy/compare/' },
  { name: 'compare-selection', path: '/cy/compare/?areas=bro-derwen,cwm-tawel@2023', waitFor: '#comparison' },
  { name: 'nation', path: '/cy/regions/wales/' },
  { name: 'region', path: '/cy/regions/north-west/' },
  { name: 'regions', path: '/cy/regions/' },
  { name: 'workshop', path: '/cy/workshop/' },
  { name: 'worksheet', path: '/cy/worksheet/', waitFor: '#ws-form' },
  { name: 'data', path: '/cy/data/' },
  { name: 'accessibility', path: '/cy/accessibility/' },
  { name: 'about', path: '/cy/about/' },
  { name: 'method', path: '/cy/method/' },
  { name: 'not-found', path: '/cy/404.html' },
];

/** `id = words` messages of a message file: one line, no placeable. */
function phrases(lang) {
  const text = fs.readFileSync(path.join(REPO, 'themes', 'default', 'i18n', `${lang}.ftl`), 'utf8');
  const out = new Map();
  for (const line of text.split('\n')) {
    const m = /^([a-z][a-z0-9-]*) = (.+)$/.exec(line);
    if (m && !m[2].includes('{')) out.set(m[1], m[2].trim());
  }
  return out;
}

/** The scripts' English sentences that Welsh says differently. */
function englishScriptPhrases() {
  const en = phrases('en');
  const cy = phrases('cy');
  return [...en]
    .filter(([id, words]) => id.startsWith('js-') && words.length >= 10 && words.includes(' ') && cy.get(id) !== words)
    .map(([, words]) => words.replace(/`/g, ''));
}

/** Runs in the page: its words outside elements marked as English, with the names given by aria-label. */
function welshWords() {
  const out = [];
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return out.push(node.textContent);
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const lang = node.getAttribute('lang');
    if (lang && lang.toLowerCase().startsWith('en')) return;
    if (['SCRIPT', 'STYLE', 'TEMPLATE'].includes(node.tagName)) return;
    if (node.hasAttribute('aria-label')) out.push(node.getAttribute('aria-label'));
    for (const child of node.childNodes) walk(child);
  };
  walk(document.body);
  return out.join(' ').replace(/\s+/g, ' ');
}

const env = { tmp: null, server: null, browser: null, context: null };

before(async () => {
  const built = buildExample('aba-welsh-', 'site');
  env.tmp = built.tmp;
  env.server = await serve(built.site);
  env.browser = await launch();
  env.context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
});

after(async () => {
  if (env.browser) await env.browser.close();
  if (env.server) await env.server.close();
  if (env.tmp) fs.rmSync(env.tmp, { recursive: true, force: true });
});

async function open(spec, width = 1280) {
  const page = await env.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  page.__errors = [];
  page.on('pageerror', (e) => page.__errors.push(String(e && e.message ? e.message : e)));
  const response = await page.goto(env.server.url.replace(/\/$/, '') + spec.path, { waitUntil: 'load' });
  assert.equal(response.status(), 200, spec.path);
  if (spec.waitFor) await page.waitForSelector(spec.waitFor, { timeout: 10_000 });
  return page;
}

describe('the Welsh pages', () => {
  for (const spec of PAGES) {
    test(`${spec.name} (${spec.path}): Welsh, axe finds nothing, and it links to its English page and back`, async () => {
      const page = await open(spec);
      try {
        assert.equal(await page.getAttribute('html', 'lang'), 'cy');
        const result = await new AxeBuilder({ page, axeSource: AXE_SOURCE }).withTags(AXE_TAGS).analyze();
        const found = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
        assert.deepEqual(found, [], `${spec.path}`);
        assert.deepEqual(page.__errors, [], `${spec.path}: script errors`);
        await page.screenshot({ path: path.join(SHOTS, `cy-${spec.name}-1280.png`), fullPage: true });
        await page.setViewportSize({ width: 390, height: 844 });
        await page.screenshot({ path: path.join(SHOTS, `cy-${spec.name}-390.png`), fullPage: true });

        // The switcher: "English", marked as English, to the same page without /cy.
        const english = page.locator('.language-switch a', { hasText: 'English' });
        assert.equal(await english.count(), 1, `${spec.path}: one link named English`);
        assert.equal(await english.getAttribute('lang'), 'en-GB');
        const href = new URL(await english.getAttribute('href'), page.url());
        const own = new URL(page.url());
        const expected = own.pathname.replace(/^\/cy\//, '/');
        // An area's own page is its latest assessment's, and its counterpart may name that.
        assert.ok(
          href.pathname === expected || href.pathname.startsWith(expected.replace(/index\.html$|404\.html$/, '')),
          `${spec.path}: English links to ${href.pathname}, not ${expected}`,
        );
        await english.click();
        await page.waitForLoadState('load');
        assert.equal(await page.getAttribute('html', 'lang'), 'en-GB');
        const cymraeg = page.locator('.language-switch a', { hasText: 'Cymraeg' });
        assert.equal(await cymraeg.count(), 1, `${href.pathname}: one link named Cymraeg`);
        assert.equal(await cymraeg.getAttribute('lang'), 'cy');
        const back = new URL(await cymraeg.getAttribute('href'), page.url());
        assert.ok(back.pathname.startsWith('/cy/'), `${href.pathname}: Cymraeg links to ${back.pathname}`);
        assert.equal(back.pathname.replace(/^\/cy\//, '/'), href.pathname, `${href.pathname}: Cymraeg leads back`);
      } finally {
        await page.close();
      }
    });
  }
});

test("the Welsh workshop kit's summary sheet reflows at 320px: no sideways scrolling, each box named", async () => {
  const page = await open({ path: '/cy/workshop/' }, 320);
  try {
    const sheet = await page.evaluate(() => {
      const table = document.querySelector('table.summary-sheet');
      const box = table.closest('.table-scroll') || table.parentElement;
      const cell = table.querySelector('tbody td');
      return { wide: table.scrollWidth, room: box.clientWidth, label: getComputedStyle(cell, '::before').content };
    });
    assert.ok(sheet.wide <= sheet.room, `the summary sheet is ${sheet.wide}px wide in ${sheet.room}px`);
    assert.equal(sheet.label, '"Pleidleisiau (un i bob bwrdd)"');
    await page.locator('#summary-sheet').screenshot({ path: path.join(SHOTS, 'cy-workshop-summary-320.png') });
  } finally {
    await page.close();
  }
});

describe("the scripts' words on Welsh pages", () => {
  const english = englishScriptPhrases();

  test('the English messages checked for are many', () => {
    assert.ok(english.length > 80, `${english.length}`);
  });

  test('a Welsh comparison is in Welsh, and the councils\' English text in it is marked as English', async () => {
    const page = await open({ path: '/cy/compare/?areas=bro-derwen,cwm-tawel@2023,millbrook', waitFor: '#comparison' });
    try {
      const words = await page.evaluate(welshWords);
      for (const phrase of english) assert.ok(!words.includes(phrase), `in English: ${phrase}`);
      assert.match(await page.textContent('#compare-status'), /^Yn dangos tair ardal\./);
      assert.match(await page.textContent('#comparison'), /^Cymharu: Bro Derwen \(2024\)/);
      assert.ok(await page.locator('#compare-result [lang="en-GB"]').count() > 10, 'the data\'s text is marked as English');
      // What Bro Derwen wrote in Welsh is shown in Welsh, with nothing to mark.
      const welsh = page.locator('#compare-result p', { hasText: 'Mapiodd trigolion asedau' });
      assert.equal(await welsh.count(), 1, 'Bro Derwen\'s Welsh strengths are shown');
      assert.equal(await welsh.getAttribute('lang'), null);
      assert.equal(await page.locator('#compare-result', { hasText: 'Residents mapped assets in two' }).count(), 0);
      assert.match(await page.getAttribute('#compare-result svg', 'aria-label'), /^Sgorau Bro Derwen/);
    } finally {
      await page.close();
    }
  });

  test('the Welsh worksheet is in Welsh, counts in Welsh, and writes Welsh comments', async () => {
    const page = await open({ path: '/cy/worksheet/', waitFor: '#ws-form' });
    try {
      let words = await page.evaluate(welshWords);
      for (const phrase of english) assert.ok(!words.includes(phrase), `in English: ${phrase}`);
      // Welsh plural forms, chosen by the number: 2 → "2 bleidlais", 3 → "3 phleidlais".
      const votes = page.locator('#ws-pointers-living-map-votes');
      await votes.fill('2 3');
      assert.match(await page.textContent('#ws-pointers-living-map-votes-live'), /^2 bleidlais\. Y bleidlais ganol yw 2/);
      await votes.fill('2 3 3');
      assert.match(await page.textContent('#ws-pointers-living-map-votes-live'), /^3 phleidlais\./);
      // A mistake, in Welsh, in the summary and by the field.
      await page.click('#ws-download-assessment');
      words = await page.evaluate(welshWords);
      for (const phrase of english) assert.ok(!words.includes(phrase), `in English after a check: ${phrase}`);
      assert.match(await page.textContent('#ws-error-summary'), /Mae problem/);
      assert.match(await page.textContent('#ws-status'), /Ni lawrlwythwyd dim/);
      // The file it writes has its comments in Welsh.
      await page.fill('#ws-area-name', 'Cwm Newydd');
      await page.fill('#ws-period', '2026');
      await page.fill('#ws-assessed_on', '2026-03-31');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#ws-download-assessment')]);
      const yaml = fs.readFileSync(await download.path(), 'utf8');
      assert.match(yaml, /^# Hunanasesiad ar gyfer 2026 yn erbyn /m);
      assert.match(yaml, /^# Y raddfa:$/m);
      assert.match(yaml, /^#   2 /m);
      assert.doesNotMatch(yaml, /^# .*(For each pointer|The scale)/m);
    } finally {
      await page.close();
    }
  });

  test('a file with texts in Welsh and English opens in the Welsh form and keeps both', async () => {
    const page = await open({ path: '/cy/worksheet/', waitFor: '#ws-form' });
    try {
      const file = path.join(REPO, 'assessments', 'bro-derwen', '2024.yaml');
      await page.setInputFiles('#ws-open', file);
      await page.waitForFunction(() => /Agorwyd 2024\.yaml/.test(document.getElementById('ws-status').textContent));
      const status = await page.textContent('#ws-status');
      assert.match(status, /o destunau wedi'u hysgrifennu mewn mwy nag un iaith/);
      assert.match(await page.inputValue('#ws-summary'), /^Ailagorodd pwll nofio Tre-Derwen/);
      assert.match(await page.inputValue('#ws-pointers-living-map-strengths'), /^Mapiodd trigolion/);
      // Changed in Welsh; the English is written back as it was.
      await page.fill('#ws-pointers-living-map-strengths', 'Testun newydd yn Gymraeg.');
      await page.fill('#ws-area-name', 'Bro Derwen');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#ws-download-assessment')]);
      const yaml = require('js-yaml').load(fs.readFileSync(await download.path(), 'utf8'));
      const before = require('js-yaml').load(fs.readFileSync(file, 'utf8'));
      assert.deepEqual(yaml.summary, before.summary);
      assert.deepEqual(yaml.pointers['living-map'].strengths, {
        'en-GB': before.pointers['living-map'].strengths['en-GB'],
        cy: 'Testun newydd yn Gymraeg.',
      });
      assert.deepEqual(yaml.stories, before.stories);
      for (const id of Object.keys(before.pointers)) {
        if (id !== 'living-map') assert.deepEqual(yaml.pointers[id].strengths, before.pointers[id].strengths, id);
      }
    } finally {
      await page.close();
    }
  });
});
