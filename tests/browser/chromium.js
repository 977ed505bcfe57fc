'use strict';
// The one way the browser tests start Chromium: Debian's /usr/bin/chromium
// (or ABA_CHROMIUM), headless, with nothing that reaches for the network
// (this machine's network is closed, and nothing is downloaded).
//
//   const { launch } = require('./chromium');
//   const browser = await launch();

const { chromium } = require('playwright-core');

const CHROMIUM = process.env.ABA_CHROMIUM || '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A fresh browser, with a throw-away profile of its own. */
function launch() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS, timeout: 60_000 });
}

module.exports = { CHROMIUM, ARGS, launch };
