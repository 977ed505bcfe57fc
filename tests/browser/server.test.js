'use strict';
// The test server itself: folders, 404s and traversal (no browser needed).

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { serve } = require('./server');

let dir;
let server;

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aba-server-'));
  fs.mkdirSync(path.join(dir, 'site', 'x'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'site', 'index.html'), '<p>home</p>');
  fs.writeFileSync(path.join(dir, 'site', 'x', 'index.html'), '<p>x</p>');
  fs.writeFileSync(path.join(dir, 'site', '404.html'), '<p>not found</p>');
  fs.writeFileSync(path.join(dir, 'site', 'style.css'), 'p{}');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'outside the site');
  server = await serve(path.join(dir, 'site'));
});

after(async () => {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('listens on loopback, on a port of its own', () => {
  assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
  assert.ok(server.port > 0);
});

test('/ and /x/ serve their index.html', async () => {
  let r = await fetch(server.url);
  assert.equal(r.status, 200);
  assert.equal(await r.text(), '<p>home</p>');
  r = await fetch(server.url + 'x/?q=1');
  assert.equal(r.status, 200);
  assert.match(r.headers.get('content-type'), /^text\/html/);
  assert.equal(await r.text(), '<p>x</p>');
  r = await fetch(server.url + 'style.css', { method: 'HEAD' });
  assert.equal(r.status, 200);
  assert.match(r.headers.get('content-type'), /^text\/css/);
});

test('a folder without its slash redirects to it', async () => {
  const r = await fetch(server.url + 'x', { redirect: 'manual' });
  assert.equal(r.status, 301);
  assert.equal(r.headers.get('location'), '/x/');
});

test('a missing path gets 404.html with status 404', async () => {
  const r = await fetch(server.url + 'nope/');
  assert.equal(r.status, 404);
  assert.equal(await r.text(), '<p>not found</p>');
});

/** A raw request, so `..` reaches the server as sent (fetch would normalise it). */
function raw(target) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(server.port, '127.0.0.1', () => {
      socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
    });
    let data = '';
    socket.on('data', (d) => (data += d));
    socket.on('end', () => resolve(data));
    socket.on('error', reject);
  });
}

test('refuses .. traversal, plain or encoded', async () => {
  for (const target of ['/../secret.txt', '/x/../../secret.txt', '/%2e%2e/secret.txt', '/x/..%2f..%2fsecret.txt', '/..%5csecret.txt']) {
    const answer = await raw(target);
    assert.match(answer, /^HTTP\/1\.1 400 /, `${target} should be refused`);
    assert.doesNotMatch(answer, /outside the site/);
  }
});
