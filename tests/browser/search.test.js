'use strict';
// The search page, opened from a folder on disk (file://) as a copy on a
// shared drive would be, built both ways (`aba build` and `aba build
// --relative`): typing a phrase lists where it stands, with the matched
// words marked and a link to the assessment; without JavaScript the page says
// where to look instead. From a web server: axe finds nothing, and nothing
// scrolls sideways at 320 px.
//
//   npm ci && npm run test:browser

const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL, fileURLToPath } = require('node:url');

const { AxeBuilder } = require('@axe-core/playwright');
const { REPO, SHOTS, AXE_TAGS, AXE_SOURCE, buildExample, servedExample } = require('./example');

// An evidence item of Millbrook's 2021 assessment, and of no other.
const PHRASE = 'mutual aid directory';
// axe runs on pages from a web server (its script cannot be injected into a file:// page).
const env = servedExample('aba-search-');
// And a copy built with --relative, opened from the folder.
before(() => {
  ({ tmp: env.relativeTmp, site: env.relative } = buildExample('aba-search-relative-', 'site', ['--relative']));
});
after(() => {
  if (env.relativeTmp) fs.rmSync(env.relativeTmp, { recursive: true, force: true });
});

const searchPage = (root) => pathToFileURL(path.join(root, 'search', 'index.html')).href;

/** Types `words` into the box as a reader would, and waits for the search to finish. */
async function type(page, words) {
  await page.getByLabel('Words to search for').fill('');
  await page.getByLabel('Words to search for').pressSequentially(words, { delay: 20 });
  await page.waitForFunction((q) => new URLSearchParams(location.search).get('q') === q &&
    /result|Nothing found/.test(document.getElementById('search-status').textContent), words, { timeout: 20_000 });
}

describe('the search page, from a folder on disk', () => {
  for (const [name, root] of [['built for a web server', () => env.site], ['built with --relative', () => env.relative]]) {
    test(`${name}: a phrase of a 2021 evidence item is found, marked, and its link leads to the assessment`, async () => {
      const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      try {
        await page.goto(searchPage(root()), { waitUntil: 'load' });
        assert.equal(await page.locator('#search-nojs').isVisible(), false, 'the note for pages without JavaScript is hidden');
        await type(page, PHRASE);
        assert.equal(await page.locator('#search-status').innerText(), '1 result, newest first');
        const result = page.locator('.search-result');
        assert.equal(await result.count(), 1);
        const text = await result.innerText();
        assert.match(text, /Millbrook, 2021/);
        assert.match(text, /1\. A living map of local assets · Evidence/);
        assert.match(text, /Mutual aid directory merged into the asset map/);
        assert.deepEqual(await result.locator('mark').allInnerTexts(), ['Mutual', 'aid', 'directory']);
        // The status line is a polite live region.
        assert.equal(await page.locator('#search-status').getAttribute('role'), 'status');
        // The address keeps the search, to share or come back to.
        assert.match(page.url(), /\?q=mutual\+aid\+directory$|\?q=mutual%20aid%20directory$/);
        await result.getByRole('link').click();
        await page.waitForURL(/areas\/millbrook\/2021\/index\.html#living-map$/);
        assert.ok(fs.existsSync(fileURLToPath(page.url().split('#')[0])));
        assert.match(await page.locator('h1').innerText(), /Millbrook/);
        assert.ok(await page.locator('#living-map').isVisible());
        assert.deepEqual(errors, []);
      } finally {
        await page.close();
      }
    });
  }

  test('several words find every text holding all of them, newest first; nothing found says so', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(searchPage(env.site), { waitUntil: 'load' });
      await type(page, 'time bank');
      const status = await page.locator('#search-status').innerText();
      const n = Number(status.split(' ')[0]);
      assert.ok(n >= 5, status);
      assert.equal(status, `${n} results, newest first`);
      const years = await page.locator('.search-result h2').allInnerTexts();
      const sorted = [...years].sort((a, b) => b.slice(-4).localeCompare(a.slice(-4)));
      assert.deepEqual(years.map((y) => y.slice(-4)), sorted.map((y) => y.slice(-4)), 'newest first');
      for (const marks of await page.locator('.search-result').evaluateAll((items) =>
        items.map((li) => [...li.querySelectorAll('mark')].map((m) => m.textContent.toLowerCase())))) {
        assert.ok(marks.some((m) => m.startsWith('time')) && marks.some((m) => m.startsWith('bank')), String(marks));
      }
      await page.screenshot({ path: path.join(SHOTS, 'search-1280.png'), fullPage: true });
      await type(page, 'micro-enterprise');
      assert.match(await page.locator('.search-result').first().innerText(), /micro-enterprise/i);
      await type(page, 'zebra crossing');
      assert.equal(await page.locator('#search-status').innerText(),
        'Nothing found for “zebra crossing”. Try fewer words, or the start of a word.');
      assert.equal(await page.locator('.search-result').count(), 0);
    } finally {
      await page.close();
    }
  });

  test('in Welsh, the count of results takes the plural form of its number', async () => {
    // Welsh counts in six forms; the page's words come from cy.ftl by way of words.js.
    const welsh = (n) => ({ 0: 'Dim canlyniadau', 1: '1 canlyniad, y diweddaraf yn gyntaf', 2: '2 ganlyniad, y diweddaraf yn gyntaf',
      3: '3 chanlyniad, y diweddaraf yn gyntaf', 6: '6 chanlyniad, y diweddaraf yn gyntaf' })[n] || `${n} o ganlyniadau, y diweddaraf yn gyntaf`;
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      for (const [words, atLeast] of [[PHRASE, 1], ['time bank', 5]]) {
        await page.goto(pathToFileURL(path.join(env.site, 'cy', 'search', 'index.html')).href + '?q=' + encodeURIComponent(words), { waitUntil: 'load' });
        await page.waitForFunction(() => /anlyniad|Dim /.test(document.getElementById('search-status').textContent), null, { timeout: 20_000 });
        const n = await page.locator('.search-result').count();
        assert.ok(n >= atLeast, `${words}: ${n}`);
        if (n < 20) assert.equal(await page.locator('#search-status').innerText(), welsh(n));
      }
      assert.equal(await page.getByLabel('Geiriau i chwilio amdanyn nhw').inputValue(), 'time bank');
    } finally {
      await page.close();
    }
  });

  test('a search in the address is run when the page opens; more results come on request, with focus on the first new one', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(searchPage(env.site) + '?q=the', { waitUntil: 'load' });
      await page.waitForFunction(() => /results/.test(document.getElementById('search-status').textContent));
      assert.equal(await page.getByLabel('Words to search for').inputValue(), 'the');
      assert.equal(await page.locator('.search-result').count(), 20);
      await page.getByRole('button', { name: 'Show more results' }).click();
      assert.equal(await page.locator('.search-result').count(), 40);
      const focused = await page.evaluate(() => document.activeElement.closest('.search-result'));
      assert.ok(focused);
      assert.equal(await page.locator('.search-result').nth(20).locator('a').evaluate((a) => a === document.activeElement), true);
    } finally {
      await page.close();
    }
  });

  test('without JavaScript the page says where to look instead, and links there', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    try {
      await page.goto(searchPage(env.relative), { waitUntil: 'load' });
      assert.equal(await page.locator('#search-form').isVisible(), false, 'no box that cannot work');
      const note = page.locator('#search-nojs');
      assert.ok(await note.isVisible());
      assert.match(await note.innerText(), /Searching needs JavaScript/);
      assert.equal(await note.getByRole('link').count(), 11, 'the ten pointers and the list of areas');
      await note.getByRole('link', { name: '1. A living map of local assets' }).click();
      await page.waitForURL(/pointers\/living-map\/index\.html$/);
      await page.goBack();
      await note.getByRole('link', { name: 'list of areas' }).click();
      await page.waitForURL(/areas\/index\.html$/);
      await page.goBack();
      await page.screenshot({ path: path.join(SHOTS, 'search-nojs-1280.png'), fullPage: true });
    } finally {
      await context.close();
    }
  });

  test('the page as it is without JavaScript passes axe (run with the script\'s changes undone, since axe needs JavaScript)', async () => {
    // axe needs a page of a context of its own.
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    try {
      await page.goto(`${env.server.url}search/`, { waitUntil: 'load' });
      await page.evaluate(() => {
        document.getElementById('search-nojs').hidden = false;
        document.getElementById('search-form').hidden = true;
      });
      const results = await new AxeBuilder({ page, axeSource: AXE_SOURCE }).withTags(AXE_TAGS).analyze();
      assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`), []);
    } finally {
      await context.close();
    }
  });

  test('with results: axe finds nothing; at 320 px nothing scrolls sideways', async () => {
    // axe needs a page of a context of its own.
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    try {
      await page.goto(`${env.server.url}search/`, { waitUntil: 'load' });
      await type(page, 'lunch club');
      const results = await new AxeBuilder({ page, axeSource: AXE_SOURCE }).withTags(AXE_TAGS).analyze();
      assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`), []);
      for (const width of [320, 390]) {
        await page.setViewportSize({ width, height: 800 });
        const wide = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(wide <= width, `${width} px: the page is ${wide} px wide`);
      }
      await page.screenshot({ path: path.join(SHOTS, 'search-390.png'), fullPage: true });
    } finally {
      await context.close();
    }
  });

  test('the vendored MiniSearch is the npm package\'s UMD build, with its licence', () => {
    const shipped = fs.readFileSync(path.join(REPO, 'themes/default/static/minisearch.js'), 'utf8');
    // The package's folder (it exports no package.json).
    const dir = path.resolve(path.dirname(require.resolve('minisearch')), '..', '..');
    assert.equal(shipped, fs.readFileSync(path.join(dir, 'dist/umd/index.js'), 'utf8'));
    assert.equal(fs.readFileSync(path.join(REPO, 'themes/default/static/minisearch.LICENSE.txt'), 'utf8'),
      fs.readFileSync(path.join(dir, 'LICENSE.txt'), 'utf8'));
  });
});
