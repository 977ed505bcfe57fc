'use strict';
// Easy read: each pointer's easy-read page passes axe, reads at 320 px
// without sideways scrolling, has large, well-spaced text, and prints to
// A4 with no idea cut across a page break; the kit prints each pointer's
// easy-read version on a page of its own.
//
//   npm ci && node --test tests/browser/easy-read.test.js

const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const { AxeBuilder } = require('@axe-core/playwright');
const { SHOTS, AXE_TAGS, AXE_SOURCE, servedExample } = require('./example');


const env = servedExample('aba-easy-read-');

/** The ids of the pointers that have an easy-read page in the built site. */
function pointers() {
  const root = path.join(env.tmp, 'site', 'pointers');
  return fs.readdirSync(root).filter((id) => fs.existsSync(path.join(root, id, 'easy-read', 'index.html'))).sort();
}

function pdfPages(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
}

describe('easy-read pages', () => {
  test('all ten pass axe, fit 320 px, and have large, spaced text beside a decorative picture', async () => {
    const ids = pointers();
    assert.equal(ids.length, 10, ids.join(', '));
    const ctx = await env.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await ctx.newPage();
    try {
      for (const id of ids) {
        await page.goto(`${env.server.url}pointers/${id}/easy-read/`, { waitUntil: 'load' });
        const axe = await new AxeBuilder({ page, axeSource: AXE_SOURCE }).withTags(AXE_TAGS).analyze();
        assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], id);
        const m = await page.evaluate(() => {
          const body = parseFloat(getComputedStyle(document.body).fontSize);
          const ideas = [...document.querySelectorAll('.easy-ideas li')];
          return {
            width: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
            ideas: ideas.length,
            smallest: Math.min(...ideas.map((li) => parseFloat(getComputedStyle(li.querySelector('p')).fontSize))),
            lineRatio: Math.min(...ideas.map((li) => {
              const s = getComputedStyle(li.querySelector('p'));
              return parseFloat(s.lineHeight) / parseFloat(s.fontSize);
            })),
            body,
            // The picture is on the left of its words, and says nothing to a screen reader.
            leftOf: ideas.every((li) => li.querySelector('img').getBoundingClientRect().right
              <= li.querySelector('p').getBoundingClientRect().left),
            decorative: ideas.every((li) => li.querySelector('img').getAttribute('alt') === ''),
            loaded: ideas.every((li) => li.querySelector('img').naturalWidth > 0),
            align: getComputedStyle(document.querySelector('.easy-ideas p')).textAlign,
          };
        });
        assert.ok(m.width <= 320, `${id}: ${m.width}px wide at 320px`);
        assert.ok(m.ideas >= 6 && m.ideas <= 10, `${id}: ${m.ideas} ideas`);
        assert.ok(m.smallest >= 1.25 * m.body, `${id}: ${m.smallest}px text, body ${m.body}px`);
        assert.ok(m.lineRatio >= 1.5, `${id}: line height ${m.lineRatio}`);
        assert.ok(m.leftOf && m.decorative && m.loaded, `${id}: ${JSON.stringify(m)}`);
        assert.ok(['left', 'start'].includes(m.align), `${id}: ${m.align}`);
      }
    } finally {
      await ctx.close();
    }
  });

  test('the pointer page links its easy-read page; screenshots at 390 and 1280 px', async () => {
    const page = await env.browser.newPage();
    try {
      await page.goto(`${env.server.url}pointers/living-map/`, { waitUntil: 'load' });
      await page.getByRole('link', { name: 'Read this pointer in easy read' }).click();
      await page.waitForURL(/\/pointers\/living-map\/easy-read\/$/);
      assert.equal(await page.locator('h1').innerText(), 'Easy read\n1 A living map of local assets');
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.screenshot({ path: path.join(SHOTS, `easy-read-living-map-${width}.png`), fullPage: true });
      }
    } finally {
      await page.close();
    }
  });

  test('prints to A4 with no idea cut across pages; the kit gives each pointer a page', async () => {
    const page = await env.browser.newPage();
    try {
      for (const id of pointers()) {
        await page.goto(`${env.server.url}pointers/${id}/easy-read/`, { waitUntil: 'load' });
        await page.emulateMedia({ media: 'print' });
        const cut = await page.evaluate(() =>
          [...document.querySelectorAll('.easy-ideas li')].filter((e) => getComputedStyle(e).breakInside !== 'avoid').length);
        assert.equal(cut, 0, `${id}: ideas that may be cut across pages`);
        const pdf = await page.pdf({ format: 'A4', printBackground: true });
        const pages = pdfPages(pdf);
        assert.ok(pages >= 1 && pages <= 3, `${id}: ${pages} pages`);
        if (id === 'living-map') fs.writeFileSync(path.join(SHOTS, 'easy-read-living-map.pdf'), pdf);
        await page.emulateMedia({ media: 'screen' });
      }
      await page.goto(`${env.server.url}workshop/`, { waitUntil: 'load' });
      await page.emulateMedia({ media: 'print' });
      const sheets = await page.evaluate(() => [...document.querySelectorAll('.easy-sheet')].map((s) => ({
        before: getComputedStyle(s).breakBefore,
        ideas: s.querySelectorAll('.easy-ideas li').length,
      })));
      assert.equal(sheets.length, 10);
      assert.ok(sheets.every((s) => s.before === 'page' && s.ideas >= 6), JSON.stringify(sheets));
      const without = await page.pdf({ format: 'A4' });
      assert.ok(pdfPages(without) > 20, 'the kit prints its worksheets and easy-read pages');
    } finally {
      await page.close();
    }
  });
});
