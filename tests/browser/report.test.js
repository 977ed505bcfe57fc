'use strict';
// The summary for a committee: every example assessment's report page,
// printed to PDF by Chromium on A4, takes at most four pages, and no row of
// its tables or item of its lists is cut across a page break.
//
//   npm ci && npm run test:browser

const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const { SHOTS, servedExample } = require('./example');

const env = servedExample('aba-report-');

/** Every example assessment: `slug/period`. */
function assessments() {
  const root = path.join(env.tmp, 'site', 'data', 'areas');
  return fs.readdirSync(root).flatMap((slug) =>
    fs.readdirSync(path.join(root, slug)).map((f) => `${slug}/${f.replace(/\.json$/, '')}`)).sort();
}

describe('the summary for a committee', () => {
  test('every example assessment prints on at most four A4 pages, nothing cut across a break', async () => {
    const list = assessments();
    assert.ok(list.length > 20, `${list.length} assessments`);
    const page = await env.browser.newPage();
    const longest = { pages: 0, which: '' };
    try {
      for (const a of list) {
        await page.goto(`${env.server.url}areas/${a}/report/`, { waitUntil: 'load' });
        await page.emulateMedia({ media: 'print' });
        // Nothing that could be cut is allowed to break inside.
        const breakable = await page.evaluate(() =>
          [...document.querySelectorAll('.report tr, .report-strengths li')]
            .filter((e) => getComputedStyle(e).breakInside !== 'avoid').length);
        assert.equal(breakable, 0, `${a}: rows or items that may be cut across pages`);
        const pdf = await page.pdf({ format: 'A4', printBackground: true });
        const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
        assert.ok(pages >= 1 && pages <= 4, `${a}: ${pages} pages`);
        if (pages > longest.pages) Object.assign(longest, { pages, which: a });
        if (a === 'millbrook/2025') fs.writeFileSync(path.join(SHOTS, 'report-millbrook-2025.pdf'), pdf);
        await page.emulateMedia({ media: 'screen' });
      }
      console.log(`longest summary: ${longest.which}, ${longest.pages} pages`);
    } finally {
      await page.close();
    }
  });

  test('the summary says what a clerk needs, and the assessment page links it', async () => {
    const page = await env.browser.newPage();
    try {
      await page.goto(`${env.server.url}areas/millbrook/`, { waitUntil: 'load' });
      await page.getByRole('link', { name: 'Print a summary for a committee' }).click();
      await page.waitForURL(/\/areas\/millbrook\/2025\/report\/$/);
      const text = await page.locator('main').innerText();
      for (const part of ['What we are proud of', 'Who took part', 'Where we are on each pointer', 'What we will do next',
        'https://aba.example.org/areas/millbrook/2025/']) {
        assert.ok(text.includes(part), `the summary has "${part}"`);
      }
      assert.ok(await page.getByRole('button', { name: 'Print this summary' }).isVisible());
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.screenshot({ path: path.join(SHOTS, 'report-millbrook-2025-1280.png'), fullPage: true });
    } finally {
      await page.close();
    }
  });
});
