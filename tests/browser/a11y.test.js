'use strict';
// Browser accessibility tests for the example site (SPEC.md §3: every page works
// without JavaScript and meets WCAG 2.2 AA).
//
//   npm ci && npm run test:browser
//
// Builds the example site with the debug binary, serves it on 127.0.0.1 and
// drives Debian's Chromium through playwright-core (no browser downloads).
// If Chromium cannot start, every test fails: this suite never skips.
//
// Environment (all optional):
//   ABA_CHROMIUM=/path/to/chromium   the browser (default /usr/bin/chromium)
//   ABA_KEEP_SITE=1                  keep the built sites in the temp folder
//
// Screenshots of every page type at 390px and 1280px wide are written to
// tests/browser/screenshots/ (git-ignored).

const { describe, test, after } = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { AxeBuilder } = require('@axe-core/playwright');
const { serve } = require('./server');

const REPO = path.resolve(__dirname, '..', '..');
const FIXTURE = path.join(__dirname, 'fixtures', 'broken-site');
const SHOTS = path.join(__dirname, 'screenshots');
const { launch } = require('./chromium');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// The axe-core this package depends on directly (the newest), not the copy
// pinned inside @axe-core/playwright.
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const MAX_LINKS = 60;
const MAX_TAB_STOPS = 40;

/**
 * Every page type of SPEC.md §3. `waitFor`: a selector that JavaScript adds;
 * `nojsShows`: what must still show with JavaScript off; `radar`: has a radar chart.
 */
const PAGES = [
  { name: 'home', path: '/' },
  { name: 'pointers', path: '/pointers/' },
  { name: 'pointer-living-map', path: '/pointers/living-map/' },
  { name: 'easy-read-living-map', path: '/pointers/living-map/easy-read/' },
  { name: 'areas', path: '/areas/', nojsShows: '.area-list' },
  { name: 'area-millbrook', path: '/areas/millbrook/', radar: true },
  { name: 'area-millbrook-2021', path: '/areas/millbrook/2021/', radar: true },
  { name: 'area-millbrook-2019-pilot', path: '/areas/millbrook/2019/', radar: true },
  { name: 'framework-pilot-2019', path: '/frameworks/pilot-2019/' },
  { name: 'area-coldmere', path: '/areas/coldmere/', radar: true },
  // A web address and a file name longer than a phone is wide, as councils write them.
  { name: 'area-kingsmere', path: '/areas/kingsmere/', radar: true },
  { name: 'report-kingsmere-2025', path: '/areas/kingsmere/2025/report/', radar: true },
  // Welsh words are longer: the spread of levels still fits 320 px.
  { name: 'pointer-living-map-cy', path: '/cy/pointers/living-map/' },
  { name: 'pointer-shared-ownership', path: '/pointers/shared-ownership/' },
  { name: 'present-millbrook-2025', path: '/areas/millbrook/2025/#present' },
  { name: 'compare', path: '/compare/', nojsShows: 'table.heatmap' },
  { name: 'compare-selection', path: '/compare/?areas=millbrook@2021,ashcombe', waitFor: '#comparison', radar: true, nojsShows: 'table.heatmap' },
  { name: 'region-north-west', path: '/regions/north-west/' },
  { name: 'nation-wales', path: '/regions/wales/' },
  { name: 'workshop', path: '/workshop/' },
  { name: 'worksheet', path: '/worksheet/', waitFor: '#ws-form', nojsShows: '#worksheet-nojs' },
  { name: 'search', path: '/search/?q=time+bank', waitFor: '.search-result', nojsShows: '#search-nojs' },
  { name: 'data', path: '/data/' },
  { name: 'accessibility', path: '/accessibility/' },
  { name: 'report-millbrook-2025', path: '/areas/millbrook/2025/report/', radar: true },
  { name: 'about', path: '/about/' },
  { name: 'method', path: '/method/' },
  { name: 'not-found', path: '/no-such-page/', status: 404 },
];

// ---------------------------------------------------------------- set-up

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, {
    cwd: REPO,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...opts,
  });
  if (r.error) throw new Error(`could not run ${cmd} ${args.join(' ')}: ${r.error.message}`);
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}\n${r.stdout}\n${r.stderr}`.trim());
  }
  return r;
}

const env = {
  tmp: null,
  site: null,
  broken: null,
  browser: null,
  contexts: {},
};

async function newContext(options) {
  const ctx = await env.browser.newContext({ deviceScaleFactor: 1, ...options });
  // The site must not reach out: only loopback requests are let through, and
  // anything else is recorded against the page that asked for it.
  await ctx.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:') {
      return route.continue();
    }
    const page = route.request().frame()?.page();
    if (page) (page.__external ||= []).push(url.href);
    return route.abort('blockedbyclient');
  });
  return ctx;
}

/** Open `spec` in the context named `ctxName`; resolves to the page. */
async function open(ctxName, spec, server) {
  await ready();
  server = typeof server === 'function' ? server() : server || env.site;
  const page = await env.contexts[ctxName].newPage();
  page.__errors = [];
  page.__failed = [];
  page.on('pageerror', (e) => page.__errors.push(String(e && e.message ? e.message : e)));
  page.on('response', (r) => {
    if (r.status() >= 400 && r.request().resourceType() !== 'document') page.__failed.push(`${r.status()} ${r.url()}`);
  });
  const response = await page.goto(server.url.replace(/\/$/, '') + spec.path, { waitUntil: 'load' });
  page.__status = response ? response.status() : 0;
  if (spec.waitFor && ctxName !== 'nojs') {
    await page.waitForSelector(spec.waitFor, { timeout: 10_000 });
  }
  return page;
}

async function withPage(ctxName, spec, fn, server) {
  const page = await open(ctxName, spec, server);
  try {
    return await fn(page);
  } finally {
    await page.close();
  }
}

// Set-up runs once, on first use. Every test awaits it, so if the build or
// Chromium fails, every test FAILS with that error (a failing before() hook
// would only mark them cancelled).
// The first test to see a set-up failure gets the whole error (the compiler's
// output, Chromium's log); the rest get its first line, to keep the log short.
let setupPromise = null;
let setupReported = false;
async function ready() {
  setupPromise ||= setup();
  try {
    await setupPromise;
  } catch (e) {
    if (!setupReported) {
      setupReported = true;
      throw e;
    }
    throw new Error(`set-up failed (the first failing test has the whole error): ${String(e.message).split('\n')[0]}`);
  }
}

async function setup() {
  env.tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aba-browser-'));
  env.site = path.join(env.tmp, 'site');
  env.broken = path.join(env.tmp, 'broken');
  run('cargo', ['build', '--quiet']);
  const bin = path.join(REPO, 'target', 'debug', process.platform === 'win32' ? 'aba.exe' : 'aba');
  run(bin, ['build', '--out', env.site]); // warnings on stderr are normal
  run(bin, ['build', '--root', FIXTURE, '--out', env.broken]);
  env.site = await serve(env.site);
  env.broken = await serve(env.broken);

  // launch() gives Chromium a fresh, throw-away --user-data-dir of its own.
  env.browser = await launch();
  env.contexts.desktop = await newContext({ viewport: { width: 1280, height: 900 } });
  env.contexts.phone = await newContext({ viewport: { width: 390, height: 844 } });
  env.contexts.narrow = await newContext({ viewport: { width: 320, height: 640 } });
  env.contexts.zoom = await newContext({ viewport: { width: 640, height: 800 } });
  env.contexts.nojs = await newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
  fs.mkdirSync(SHOTS, { recursive: true });
}

after(async () => {
  if (env.browser) await env.browser.close();
  for (const s of [env.site, env.broken]) if (s && s.close) await s.close();
  if (env.tmp && !process.env.ABA_KEEP_SITE) fs.rmSync(env.tmp, { recursive: true, force: true });
  else if (env.tmp) console.log(`built sites kept in ${env.tmp}`);
});

// ---------------------------------------------------------------- helpers

function formatViolations(violations) {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map((n) => `    - target: ${n.target.join(' ')}\n      ${(n.failureSummary || '').replace(/\n/g, '\n      ')}`)
        .join('\n');
      return `  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}`;
    })
    .join('\n');
}

async function axe(page) {
  return new AxeBuilder({ page, axeSource: AXE_SOURCE }).withTags(AXE_TAGS).analyze();
}

/** Runs in the page: how far the document scrolls sideways, and what makes it. */
function overflowReport(vw) {
  const doc = document.documentElement;
  const width = Math.max(doc.scrollWidth, document.body ? document.body.scrollWidth : 0);
  const describe = (el) => {
    const parts = [];
    for (let e = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
      let s = e.tagName.toLowerCase();
      if (e.id) s += '#' + e.id;
      if (e.classList.length) s += '.' + [...e.classList].join('.');
      parts.unshift(s);
    }
    return parts.join(' > ');
  };
  // Inside a box that clips or scrolls sideways (a .table-scroll region), an
  // element cannot widen the document -- unless it is positioned against a box
  // outside the scroller (position: absolute with no positioned ancestor in
  // between), which is not clipped by it. Walk the containing-block chain.
  const clipped = (el) => {
    let pos = getComputedStyle(el).position;
    for (let p = el.parentElement; p && p !== document.body && p !== doc; p = p.parentElement) {
      const cs = getComputedStyle(p);
      const containing =
        pos === 'fixed'
          ? cs.transform !== 'none'
          : pos === 'absolute'
            ? cs.position !== 'static' || cs.transform !== 'none'
            : true;
      if (!containing) continue;
      if (cs.overflowX !== 'visible') return true;
      pos = cs.position;
    }
    return pos === 'fixed';
  };
  const box = (el) => el.getBoundingClientRect();
  const byBox = (el) => box(el).right + window.scrollX > vw + 1 && !clipped(el);
  // Content spilling out of a box counts only where the box lets it show.
  const contentRight = (el) =>
    getComputedStyle(el).overflowX === 'visible' ? box(el).left + window.scrollX + el.scrollWidth : 0;
  const byContent = (el) => contentRight(el) > vw + 1 && !clipped(el);
  const found = new Map(); // selector -> { count, right, text, position }
  const note = (el) => {
    const key = describe(el);
    const r = box(el);
    const right = Math.round(Math.max(r.right + window.scrollX, contentRight(el)));
    const f = found.get(key) || { count: 0, right: 0, text: (el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40), position: getComputedStyle(el).position };
    f.count += 1;
    f.right = Math.max(f.right, right);
    found.set(key, f);
  };
  if (width > vw + 1) {
    const all = [...document.body.querySelectorAll('*')];
    // Where the overflow starts: a box past the edge inside a parent that is not.
    for (const el of all) {
      if (byBox(el) && !(el.parentElement !== document.body && byBox(el.parentElement))) note(el);
    }
    // Otherwise content spilling out of its box (a long line in a <pre>, a
    // wide table in a block): the deepest element whose content runs past the edge.
    if (!found.size) {
      for (const el of all) if (byContent(el) && ![...el.children].some(byContent)) note(el);
    }
  }
  const offenders = [...found].map(
    ([sel, f]) => `${sel}${f.count > 1 ? ` (x${f.count})` : ''}, position ${f.position}, right edge ${f.right}px, e.g. "${f.text}"`,
  );
  return { width, offenders };
}

async function assertNoSidewaysScroll(page, vw) {
  const { width, offenders } = await page.evaluate(overflowReport, vw);
  assert.ok(
    width <= vw + 1,
    `the page scrolls sideways at ${vw}px wide: document is ${width}px wide. Widened by:\n  ${offenders.join('\n  ') || '(could not tell which element)'}`,
  );
}

// Colour maths for focus indicators (WCAG relative luminance and contrast).
function parseColour(s) {
  const m = /rgba?\(([^)]+)\)/.exec(s || '');
  if (!m) return null;
  const [r, g, b, a = 1] = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
  return { r, g, b, a };
}
function luminance({ r, g, b }) {
  const f = (c) => {
    c /= 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
}
function contrast(a, b) {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}
function over(fg, bg) {
  // fg composited over an opaque bg
  const a = fg.a;
  return { r: fg.r * a + bg.r * (1 - a), g: fg.g * a + bg.g * (1 - a), b: fg.b * a + bg.b * (1 - a), a: 1 };
}

/** Runs in the page: the focused element's styles, focused and blurred. */
function focusSnapshot() {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const pick = (cs) => ({
    outlineStyle: cs.outlineStyle,
    outlineWidth: cs.outlineWidth,
    outlineColor: cs.outlineColor,
    boxShadow: cs.boxShadow,
    backgroundColor: cs.backgroundColor,
    borderColor: cs.borderTopColor + ' ' + cs.borderBottomColor,
    borderWidth: cs.borderTopWidth + ' ' + cs.borderBottomWidth,
    color: cs.color,
    textDecoration: cs.textDecorationLine + ' ' + cs.textDecorationThickness,
  });
  const focused = pick(getComputedStyle(el));
  const r = el.getBoundingClientRect();
  const inView = r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth && r.width > 0 && r.height > 0;
  el.blur();
  const blurred = pick(getComputedStyle(el));
  el.focus({ preventScroll: true });
  let around = 'rgb(255, 255, 255)';
  for (let p = el.parentElement; p; p = p.parentElement) {
    const bg = getComputedStyle(p).backgroundColor;
    if (bg && bg !== 'transparent' && !/rgba\([^)]*,\s*0\)$/.test(bg)) {
      around = bg;
      break;
    }
  }
  let s = el.tagName.toLowerCase();
  if (el.id) s += '#' + el.id;
  if (el.classList.length) s += '.' + [...el.classList].join('.');
  const href = el.getAttribute('href');
  const label = (el.getAttribute('aria-label') || el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 50);
  return { desc: `${s}${href ? `[href="${href}"]` : ''} "${label}"`, focused, blurred, around, inView, restored: document.activeElement === el };
}

/** Whether a snapshot shows a focus indicator that can be seen (3:1 against its surroundings). */
function judgeFocus(snap) {
  const { focused: f, blurred: b } = snap;
  const around = parseColour(snap.around) || { r: 255, g: 255, b: 255, a: 1 };
  const notes = [];
  let best = 0;
  const consider = (what, colour, against) => {
    if (!colour || colour.a === 0) return;
    const c = contrast(over(colour, against), against);
    notes.push(`${what} ${c.toFixed(2)}:1`);
    best = Math.max(best, c);
  };
  if (f.outlineStyle !== 'none' && parseFloat(f.outlineWidth) >= 1) consider('outline', parseColour(f.outlineColor), around);
  if (f.boxShadow !== 'none' && f.boxShadow !== b.boxShadow) consider('box-shadow', parseColour(f.boxShadow), around);
  if (f.backgroundColor !== b.backgroundColor) {
    const before = parseColour(b.backgroundColor);
    const base = before && before.a > 0 ? over(before, around) : around;
    consider('background', parseColour(f.backgroundColor), base);
  }
  const borderWidth = Math.max(...f.borderWidth.split(' ').map(parseFloat));
  if (borderWidth >= 1 && (f.borderColor !== b.borderColor || f.borderWidth !== b.borderWidth)) {
    consider('border', parseColour(f.borderColor.split(' rgb')[0]), around);
  }
  if (!notes.length && (f.color !== b.color || f.textDecoration !== b.textDecoration)) {
    notes.push('only the text colour or underline changes');
  }
  const changed = Object.keys(f).some((k) => f[k] !== b[k]) || (f.outlineStyle !== 'none' && parseFloat(f.outlineWidth) >= 1);
  return { visible: best >= 3, changed, notes };
}

/**
 * Start watching `page`'s requests; `wait()` resolves once none has been in
 * flight for `quietMs` (at most `maxMs` after it is called).
 */
function networkQuiet(page, quietMs = 300, maxMs = 3000) {
  let inflight = 0;
  let last = Date.now();
  const up = () => {
    inflight += 1;
    last = Date.now();
  };
  const down = () => {
    inflight -= 1;
    last = Date.now();
  };
  page.on('request', up);
  page.on('requestfinished', down);
  page.on('requestfailed', down);
  return {
    async wait() {
      const start = Date.now();
      try {
        while (Date.now() - start < maxMs && (inflight > 0 || Date.now() - last < quietMs)) {
          await page.waitForTimeout(50);
        }
      } finally {
        page.off('request', up);
        page.off('requestfinished', down);
        page.off('requestfailed', down);
      }
    },
  };
}

// ---------------------------------------------------------------- the tests

// Four page types at a time, each one's checks in turn: keeps the run well under two minutes.
describe('aba example site in Chromium', { concurrency: 4 }, () => {
  for (const spec of PAGES) {
    describe(spec.path, () => {
      test('axe finds no WCAG 2.2 A/AA violations; the page loads cleanly', async (t) => {
        await withPage('desktop', spec, async (page) => {
          assert.equal(page.__status, spec.status || 200, `HTTP status of ${spec.path}`);
          const results = await axe(page);
          t.diagnostic(
            `axe ${results.testEngine.version}: ${results.passes.length} rules passed, ${results.violations.length} violated` +
              (results.incomplete.length ? `; needs a human look: ${results.incomplete.map((r) => `${r.id} (${r.nodes.length})`).join(', ')}` : ''),
          );
          if (results.violations.length) {
            console.log(`axe violations on ${spec.path}:\n${formatViolations(results.violations)}`);
          }
          assert.equal(
            results.violations.length,
            0,
            `axe found ${results.violations.length} violation(s) on ${spec.path}:\n${formatViolations(results.violations)}`,
          );
          assert.deepEqual(page.__errors, [], 'JavaScript errors on the page');
          assert.deepEqual(page.__failed, [], 'sub-resources that failed to load');
          assert.deepEqual(page.__external || [], [], 'requests to other hosts (the site must be self-contained)');
        });
      });

      test('has <html lang> and exactly one h1', async () => {
        await withPage('desktop', spec, async (page) => {
          const lang = await page.evaluate(() => document.documentElement.getAttribute('lang'));
          assert.match(lang || '', /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, '<html lang> must be a language tag');
          const h1s = await page.$$eval('h1', (hs) => hs.map((h) => h.textContent.trim()));
          assert.equal(h1s.length, 1, `expected exactly one h1, found ${h1s.length}: ${JSON.stringify(h1s)}`);
        });
      });

      // WCAG 1.4.10 Reflow: 320 CSS px; 640px is 1280px at 200% zoom; 1280px is a desktop.
      // Tables may scroll inside their own .table-scroll region: the document is measured.
      for (const [ctx, w, why] of [
        ['narrow', 320, 'reflow'],
        ['zoom', 640, '1280px at 200% zoom'],
        ['desktop', 1280, 'desktop'],
      ]) {
        test(`no sideways scrolling at ${w}px wide (${why})`, async () => {
          await withPage(ctx, spec, (page) => assertNoSidewaysScroll(page, w));
        });
      }

      test('works without JavaScript: main content shows and internal links resolve', async () => {
        await withPage('nojs', spec, async (page) => {
          assert.equal(page.__status, spec.status || 200);
          assert.ok(await page.locator('main h1').isVisible(), '`main h1` is not visible without JavaScript');
          if (spec.nojsShows) {
            assert.ok(await page.locator(spec.nojsShows).first().isVisible(), `without JavaScript, ${spec.nojsShows} should show`);
          }
          const origin = new URL(env.site.url).origin;
          const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => a.href));
          const targets = new Map(); // URL without fragment -> fragments wanted
          for (const href of hrefs) {
            const u = new URL(href);
            if (u.origin !== origin) continue;
            const frag = u.hash ? decodeURIComponent(u.hash.slice(1)) : null;
            u.hash = '';
            const key = u.href;
            if (!targets.has(key)) {
              if (targets.size >= MAX_LINKS) continue;
              targets.set(key, new Set());
            }
            if (frag) targets.get(key).add(frag);
          }
          const broken = [];
          // Links within this page (the skip link, a table of contents): look in its own DOM.
          const here = new URL(page.url());
          here.hash = '';
          if (targets.has(here.href)) {
            const frags = [...targets.get(here.href)];
            targets.delete(here.href);
            const missing = await page.evaluate(
              (fs) => fs.filter((f) => !document.getElementById(f) && !document.getElementsByName(f).length),
              frags,
            );
            for (const f of missing) broken.push(`#${f} -> no element with that id on this page`);
          }
          await Promise.all(
            [...targets].map(async ([url, frags]) => {
              const res = await fetch(url, { method: frags.size ? 'GET' : 'HEAD', redirect: 'manual' });
              if (res.status !== 200) {
                broken.push(`${url} -> ${res.status}${res.headers.get('location') ? ` (to ${res.headers.get('location')})` : ''}`);
                return;
              }
              if (!frags.size) return;
              const html = await res.text();
              for (const f of frags) {
                const esc = f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
                if (!new RegExp(`\\s(id|name)=["']?${esc}["'\\s>]`).test(html)) broken.push(`${url}#${f} -> no element with that id`);
              }
            }),
          );
          assert.deepEqual(broken.sort(), [], `broken internal links on ${spec.path}`);
        });
      });

      test('keyboard: skip link first, then a visible focus indicator at every stop', async () => {
        await withPage('desktop', spec, async (page) => {
          // Start from the top of the page, as a keyboard user arriving does.
          // (The compare page moves focus to its result; put it back first.)
          await page.evaluate(() => {
            if (document.activeElement && document.activeElement !== document.body) {
              document.body.tabIndex = -1;
              document.body.focus();
              document.body.removeAttribute('tabindex');
            }
          });
          await page.keyboard.press('Tab');
          const first = await page.evaluate(() => {
            const el = document.activeElement;
            const r = el.getBoundingClientRect();
            return {
              href: el.getAttribute('href'),
              text: el.textContent.trim(),
              inView: r.width > 0 && r.height > 0 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight,
            };
          });
          // Problems are gathered, not thrown at once, so one run lists them all.
          const problems = [];
          if (first.href !== '#main') {
            problems.push(`the first Tab should reach the skip link (href="#main"), reached ${JSON.stringify(first)}`);
          } else {
            if (!first.inView) problems.push('the skip link should be on screen when focused');
            // Let any script reacting to the fragment change (popstate, hashchange)
            // run, with whatever it fetches, before looking where focus is.
            const quiet = networkQuiet(page);
            await page.keyboard.press('Enter');
            await quiet.wait();
            const afterSkip = await page.evaluate(() => {
              const el = document.activeElement;
              return el ? el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') : null;
            });
            if (afterSkip !== 'main#main') {
              problems.push(`Enter on the skip link should move focus to #main and leave it there; focus ended on ${afterSkip}`);
            }
          }

          for (let i = 0; i < MAX_TAB_STOPS; i++) {
            await page.keyboard.press('Tab');
            const snap = await page.evaluate(focusSnapshot);
            if (!snap) break; // tabbed off the end of the page
            if (snap.desc.includes('[href="#main"]')) break; // wrapped round to the skip link
            const verdict = judgeFocus(snap);
            if (!verdict.changed) problems.push(`stop ${i + 1}: ${snap.desc}: no focus indicator at all`);
            else if (!verdict.visible) {
              problems.push(`stop ${i + 1}: ${snap.desc}: focus indicator below 3:1 against its surroundings (${verdict.notes.join(', ') || 'nothing measurable'}; around ${snap.around})`);
            }
            if (!snap.inView) problems.push(`stop ${i + 1}: ${snap.desc}: focused element is off screen`);
            if (!snap.restored) break;
          }
          assert.deepEqual(problems, [], `focus problems on ${spec.path}`);
        });
      });

      test('charts have names and data tables; the heat-map shows numbers', async () => {
        await withPage('desktop', spec, async (page) => {
          const svgs = await page.$$eval('svg[role="img"]', (list) =>
            list.map((svg) => {
              const label = (svg.getAttribute('aria-label') || '').trim();
              const ids = (svg.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean);
              const missing = ids.filter((id) => !document.getElementById(id));
              const labelledText = ids.map((id) => (document.getElementById(id) || {}).textContent || '').join(' ').trim();
              const title = svg.querySelector(':scope > title');
              const tableAfter = [...document.querySelectorAll('table')].some(
                (t) => svg.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING,
              );
              return {
                cls: svg.getAttribute('class') || '',
                named: !!label || (ids.length > 0 && missing.length === 0 && !!labelledText) || !!(title && title.textContent.trim()),
                missing,
                tableAfter,
              };
            }),
          );
          svgs.forEach((s, i) => {
            assert.ok(s.named, `svg[role=img] #${i + 1} (.${s.cls}) has no accessible name${s.missing.length ? `; aria-labelledby points at missing ids ${s.missing.join(', ')}` : ''}`);
            if (/\bradar\b/.test(s.cls)) assert.ok(s.tableAfter, `radar chart #${i + 1} is not followed by a data table`);
          });
          if (spec.radar) assert.ok(svgs.some((s) => /\bradar\b/.test(s.cls)), `${spec.path} should show a radar chart`);

          const heat = await page.$$eval('table.heatmap', (tables) =>
            tables.map((t) => [...t.querySelectorAll('tbody td')].map((td) => td.textContent.trim())),
          );
          if (spec.path === '/') assert.ok(heat.length >= 1, 'the home page should have a heat-map table');
          for (const cells of heat) {
            assert.ok(cells.length > 0, 'heat-map has no cells');
            const bad = cells.filter((c) => !/^(\d|[–—-])/.test(c));
            assert.deepEqual(bad, [], 'every heat-map cell must show its number (or the not-assessed dash), not colour alone');
          }
        });
      });

      test('screenshots at 390px and 1280px', async () => {
        await ready();
        for (const [ctx, w] of [['phone', 390], ['desktop', 1280]]) {
          await withPage(ctx, spec, (page) =>
            page.screenshot({ path: path.join(SHOTS, `${spec.name}-${w}.png`), fullPage: true, animations: 'disabled' }),
          );
        }
      });
    });
  }
});

describe('the suite can fail', () => {
  test('axe reports image-alt on a fixture page with an <img> without alt', async () => {
    await ready();
    await withPage(
      'desktop',
      { path: '/about/' },
      async (page) => {
        assert.equal(page.__status, 200);
        assert.equal(await page.locator('main img:not([alt])').count(), 1, 'the fixture should render its bad image');
        const results = await axe(page);
        const ids = results.violations.map((v) => v.id);
        assert.ok(ids.includes('image-alt'), `expected axe to report image-alt, got ${JSON.stringify(ids)}`);
      },
      () => env.broken,
    );
  });
});

describe('aba serve: the error overlay', () => {
  test('a broken save shows the errors over the page, passes axe, and clears on the fix', async () => {
    await ready();
    const { spawn } = require('node:child_process');
    // A copy of the example site, served live by the real `aba serve`.
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aba-serve-'));
    for (const dir of ['content', 'assessments']) fs.cpSync(path.join(REPO, dir), path.join(root, dir), { recursive: true });
    fs.copyFileSync(path.join(REPO, 'site.yaml'), path.join(root, 'site.yaml'));
    const bin = path.join(REPO, 'target', 'debug', 'aba');
    const child = spawn(bin, ['serve', '--root', root, '--port', '0'], { stdio: ['ignore', 'pipe', 'ignore'] });
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
      const page = await env.contexts.desktop.newPage();
      try {
        await page.goto(url + 'areas/millbrook/', { waitUntil: 'load' });
        await page.waitForTimeout(300); // the page connects for reload events
        const file = path.join(root, 'assessments', 'millbrook', '2025.yaml');
        const good = fs.readFileSync(file, 'utf8');
        fs.writeFileSync(file, good.replace(/score: 3/, 'score: 9'));
        const overlay = page.locator('#aba-errors');
        await overlay.waitFor({ state: 'visible', timeout: 15_000 });
        const text = await overlay.textContent();
        assert.match(text, /assessments\/millbrook\/2025\.yaml:\d+:\d+: the score 9 is not on the scale/);
        assert.match(text, /last good version/);
        const results = await axe(page);
        assert.equal(results.violations.length, 0, formatViolations(results.violations));
        await page.screenshot({ path: path.join(SHOTS, 'serve-error-overlay-1280.png') });
        fs.writeFileSync(file, good);
        await overlay.waitFor({ state: 'detached', timeout: 15_000 });
      } finally {
        await page.close();
      }
    } finally {
      child.kill();
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('compare: a site with its own scale', () => {
  test('the radar has one ring per level above the lowest, read from the page, not fixed at four', async () => {
    await ready();
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aba-scale-'));
    const out = path.join(root, 'public');
    try {
      const scale = [0, 1, 2, 3, 4, 5, 6].map((v) => `  - { value: ${v}, label: Level ${v} }`).join('\n');
      fs.writeFileSync(path.join(root, 'site.yaml'), `url: https://example.org/\nscale:\n${scale}\n`);
      for (const [slug, s] of [['ash', 6], ['birch', 2]]) {
        fs.mkdirSync(path.join(root, 'assessments', slug), { recursive: true });
        fs.writeFileSync(path.join(root, 'assessments', slug, 'area.yaml'), `name: ${slug}\n`);
        fs.writeFileSync(path.join(root, 'assessments', slug, '2024.yaml'),
          `assessed_on: 2024-03-31\npointers:\n  one: { score: ${s} }\n  two: { score: 1 }\n  three: { score: 1 }\n`);
      }
      // Pointers of its own, each saying what every level of its scale looks like.
      fs.mkdirSync(path.join(root, 'content', 'pointers'), { recursive: true });
      for (const [n, id] of [[1, 'one'], [2, 'two'], [3, 'three']]) {
        const levels = [0, 1, 2, 3, 4, 5, 6].map((v) => `  ${v}: What level ${v} looks like.`).join('\n');
        fs.writeFileSync(path.join(root, 'content', 'pointers', `0${n}-${id}.md`),
          `---\nid: ${id}\nnumber: ${n}\ntitle: Pointer ${id}\nsummary: The ${id} pointer.\nlevels:\n${levels}\n---\nAbout it.\n`);
      }
      run(path.join(REPO, 'target', 'debug', 'aba'), ['build', '--root', root]);
      const server = await serve(out);
      try {
        await withPage('desktop', { path: '/compare/?areas=ash,birch', waitFor: '#comparison' }, async (page) => {
          const rings = await page.locator('#compare-result svg.radar polygon.ring').count();
          assert.equal(rings, 6, 'a ring for each of the levels 1 to 6');
          // Ash's score 6 reaches the outer ring: its point is as far out as the ring's.
          const reach = await page.evaluate(() => {
            const svg = document.querySelector('#compare-result svg.radar');
            const first = (poly) => poly.getAttribute('points').split(' ')[0].split(',').map(Number);
            const ring = [...svg.querySelectorAll('polygon.ring')].pop();
            const ash = svg.querySelector('polygon.series.s0');
            const d = ([x, y]) => Math.hypot(x - 160, y - 160);
            return [d(first(ring)), d(first(ash))];
          });
          assert.ok(Math.abs(reach[0] - reach[1]) < 0.5, `the top score reaches the outer ring: ${reach}`);
        }, server);
      } finally {
        await server.close();
      }
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('compare: an address naming what the site does not have', () => {
  test('the status counts the areas shown, and names the ones not found', async () => {
    const status = (page) => page.locator('#compare-status').textContent();
    await withPage('desktop', { path: '/compare/?areas=millbrook,nowhere,ashcombe', waitFor: '#comparison' }, async (page) => {
      await page.waitForFunction(() => /^Showing/.test(document.getElementById('compare-status').textContent));
      assert.equal(await status(page), 'Showing 2 areas. No area has the short name nowhere.');
      assert.equal(await page.locator('#compare-result thead th').count(), 3, 'a column for each area found');
    });
    await withPage('desktop', { path: '/compare/?areas=millbrook,nowhere' }, async (page) => {
      await page.waitForFunction(() => /^Choose/.test(document.getElementById('compare-status').textContent));
      assert.equal(await status(page), 'Choose between two and four areas. No area has the short name nowhere.');
      assert.equal(await page.locator('#comparison').count(), 0, 'no comparison of one area');
    });
    await withPage('desktop', { path: '/compare/?areas=millbrook@1999,ashcombe', waitFor: '#comparison' }, async (page) => {
      await page.waitForFunction(() => /^Showing/.test(document.getElementById('compare-status').textContent));
      assert.match(await status(page), /^Showing 2 areas\. Millbrook has no assessment for 1999, so its latest \(\d{4}\) is shown\.$/);
    });
  });
});
