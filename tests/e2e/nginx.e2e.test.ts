// Hosting: a real nginx with deploy/app.conf and deploy/security-headers.conf serves the build. The
// headers are right, caching is right, and the app runs under the strict CSP without a violation.
import { request } from 'node:http';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openPage, PHONE, securityHeaders } from './harness';
import { checkDeployConfig, startNginx, type RunningNginx } from './nginx';
import { answer, appTookOver, atStep } from './walk';

interface Res {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(url: string, opts: { method?: string; headers?: Record<string, string> } = {}): Promise<Res> {
  return new Promise((ok, fail) => {
    const req = request(url, { method: opts.method ?? 'GET', headers: opts.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

const EXPECTED = securityHeaders();

function expectSecurityHeaders(res: Res, what: string): void {
  for (const [name, value] of Object.entries(EXPECTED)) expect(res.headers[name.toLowerCase()], `${what}: ${name}`).toBe(value);
}

describe('nginx with deploy/app.conf', () => {
  let nginx: RunningNginx | undefined;
  let browser: Browser | undefined;
  let buildDir = '';
  let failure: unknown;
  // Without nginx every test fails with the reason (not reported as skipped).
  const url = (path: string) => {
    if (failure) throw failure;
    if (!nginx) throw new Error('nginx did not start');
    return nginx.url + path;
  };

  beforeAll(async () => {
    buildDir = inject('e2eBuildDir');
    nginx = await startNginx(buildDir).catch((e: unknown) => {
      failure = e;
      return undefined;
    });
  });
  afterAll(async () => {
    await browser?.close();
    await nginx?.stop();
  });

  it('deploy/nginx.conf passes nginx -t', () => {
    expect(checkDeployConfig()).toMatch(/test is successful/);
  });

  it('the shared header file has the policy the app is built for', () => {
    expect(EXPECTED['Content-Security-Policy']).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'; manifest-src 'self'; worker-src 'self'",
    );
    expect(EXPECTED['Referrer-Policy']).toBe('no-referrer');
    expect(EXPECTED['X-Content-Type-Options']).toBe('nosniff');
    expect(EXPECTED['Strict-Transport-Security']).toMatch(/^max-age=\d{8,}/);
    for (const f of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(EXPECTED['Permissions-Policy']).toContain(`${f}=()`);
  });

  it('index.html and its nynorsk and English copies: security headers, no-cache, HTML', async () => {
    for (const [path, lang] of [['/', 'nb'], ['/index.html', 'nb'], ['/nn.html', 'nn'], ['/en.html', 'en']] as const) {
      const res = await get(url(path));
      expect(res.status, path).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expectSecurityHeaders(res, path);
      expect(res.body.toString()).toContain('href="tel:112"');
      expect(res.body.toString()).toContain(`<html lang="${lang}">`);
    }
  });

  it('hashed assets: immutable for a year, right types, gzip', async () => {
    const files = readdirSync(join(buildDir, 'assets')).filter((f) => /\.(js|css)$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const res = await get(url(`/assets/${f}`), { headers: { 'Accept-Encoding': 'gzip' } });
      expect(res.status, f).toBe(200);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(res.headers['content-type']).toMatch(f.endsWith('.js') ? /^application\/javascript/ : /^text\/css/);
      // nginx leaves files under gzip_min_length (512 bytes) as they are: compressing them gains nothing.
      if (statSync(join(buildDir, 'assets', f)).size < 512) continue;
      expect(res.headers['content-encoding'], f).toBe('gzip');
      expect(gunzipSync(res.body).length).toBeGreaterThan(res.body.length);
      expectSecurityHeaders(res, f);
    }
  });

  it('compiled flows: no-cache JSON; a missing flow or asset is a 404, not the app page', async () => {
    const index = await get(url('/flows/index.json'));
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toMatch(/^application\/json/);
    expect(index.headers['cache-control']).toBe('no-cache');
    expectSecurityHeaders(index, '/flows/index.json');
    expect(JSON.parse(index.body.toString())).toHaveProperty('flows');
    for (const path of ['/flows/nope/9.9.9.json', '/assets/nope.js']) {
      const res = await get(url(path));
      expect(res.status, path).toBe(404);
      expectSecurityHeaders(res, path);
    }
  });

  it('service worker and web manifest: at the root, no-cache (a stale worker would stop updates), right types', async () => {
    const sw = await get(url('/sw.js'));
    expect(sw.status).toBe(200);
    expect(sw.headers['content-type']).toMatch(/^application\/javascript/);
    expect(sw.headers['cache-control']).toBe('no-cache');
    expectSecurityHeaders(sw, '/sw.js');
    expect(sw.body.toString()).toContain('tiltakskort-flows');
    const manifest = await get(url('/manifest.webmanifest'));
    expect(manifest.status).toBe(200);
    expect(manifest.headers['content-type']).toMatch(/^application\/manifest\+json/);
    expect(manifest.headers['cache-control']).toBe('no-cache');
    expectSecurityHeaders(manifest, '/manifest.webmanifest');
    const icons = (JSON.parse(manifest.body.toString()) as { icons: { src: string }[] }).icons;
    for (const icon of icons) {
      const res = await get(url(`/${icon.src}`));
      expect(res.status, icon.src).toBe(200);
      expect(res.headers['content-type'], icon.src).toBe('image/png');
    }
  });

  it('other paths fall back to the app; only GET and HEAD are allowed', async () => {
    const deep = await get(url('/some/deep/link'));
    expect(deep.status).toBe(200);
    expect(deep.headers['content-type']).toMatch(/^text\/html/);
    expect(deep.headers['cache-control']).toBe('no-cache');
    const post = await get(url('/'), { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers['server']).toBe('nginx'); // server_tokens off: no version number
  });

  it('the app runs under the CSP in Chromium without a violation or console error', async () => {
    browser = await launchChromium();
    const { page, console, requests, close } = await openPage(browser, { viewport: PHONE });
    try {
      const res = await page.goto(url('/'), { waitUntil: 'networkidle' });
      expect(res?.headers()['content-security-policy']).toBe(EXPECTED['Content-Security-Policy']);
      await page.mouse.move(10, 10); // the app starts on the first sign of use (src/main.tsx)
      await appTookOver(page); // React has rendered
      await page.getByRole('link', { name: 'Jeg er bekymret for et barn' }).click();
      await atStep(page, 'Er barnet eller noen andre i fare akkurat nå?');
      await answer(page, 'Ja');
      await atStep(page, 'Ring politiet nå');
      const entries = await console.collect(page);
      expect(console.cspViolations, console.format()).toEqual([]);
      expect(entries, console.format()).toEqual([]);
      expect(requests.foreign(new URL(url('/')).origin)).toEqual([]);
    } finally {
      await close();
    }
  });
});
