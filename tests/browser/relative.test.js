'use strict';
// `aba build --relative`: the site opened straight from a folder (file://),
// as from a shared drive or a USB stick, with no web server: styles load,
// every link leads to a file that exists, and the compare page works
// without fetching anything.
//
//   npm ci && npm run test:browser

const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL, fileURLToPath } = require('node:url');

const { launch } = require('./chromium');

const { SHOTS, buildExample } = require('./example');
const env = {};

before(async () => {
  ({ tmp: env.tmp, site: env.site } = buildExample('aba-relative-', 'copy on a stick', ['--relative']));
  env.browser = await launch();
});

after(async () => {
  if (env.browser) await env.browser.close();
  if (env.tmp) fs.rmSync(env.tmp, { recursive: true, force: true });
});

const fileUrl = (rel) => pathToFileURL(path.join(env.site, rel)).href;

describe('a copy opened from a folder (build --relative)', () => {
  test('every page of every kind has its styles, and every link leads to a file that is there', async () => {
    const page = await env.browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    try {
      for (const rel of ['index.html', 'areas/index.html', 'areas/millbrook/index.html', 'areas/millbrook/2021/index.html',
        'areas/millbrook/2025/report/index.html', 'pointers/index.html', 'pointers/living-map/index.html',
        'regions/index.html', 'regions/wales/index.html', 'compare/index.html', 'workshop/index.html',
        'worksheet/index.html', 'data/index.html', 'accessibility/index.html', 'about/index.html']) {
        await page.goto(fileUrl(rel), { waitUntil: 'load' });
        const styled = await page.evaluate(() => getComputedStyle(document.querySelector('.skip-link')).position !== 'static');
        assert.ok(styled, `${rel}: the stylesheet did not load`);
        const hrefs = await page.evaluate(() =>
          [...document.querySelectorAll('a[href], link[href], script[src]')].map((e) => e.href || e.src)
            .filter((u) => u.startsWith('file:')));
        assert.ok(hrefs.length > 5, `${rel}: ${hrefs.length} links`);
        for (const u of hrefs) {
          const file = fileURLToPath(u.split('#')[0].split('?')[0]);
          assert.ok(fs.existsSync(file) && fs.statSync(file).isFile(), `${rel}: ${u} leads to no file`);
        }
      }
      // Following the menu, as a reader would.
      await page.goto(fileUrl('index.html'), { waitUntil: 'load' });
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Areas' }).click();
      await page.waitForURL(/areas\/index\.html$/);
      assert.match(await page.locator('h1').innerText(), /areas/i);
      await page.screenshot({ path: path.join(SHOTS, 'relative-areas-1280.png') });
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

  test('compare works from the folder, with no request for data', async () => {
    const page = await env.browser.newPage();
    const fetched = [];
    page.on('request', (r) => { if (/\.json$/.test(r.url())) fetched.push(r.url()); });
    try {
      await page.goto(fileUrl('compare/index.html') + '?areas=millbrook@2021,ashcombe', { waitUntil: 'load' });
      await page.waitForSelector('#comparison', { timeout: 10_000 });
      assert.equal(await page.locator('#compare-result svg.radar').count(), 1);
      const link = await page.locator('#compare-result table a').first().getAttribute('href');
      assert.match(link, /index\.html$/, 'a link to an area names its index.html');
      assert.deepEqual(fetched, []);
    } finally {
      await page.close();
    }
  });
});
