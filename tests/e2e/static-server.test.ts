import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { securityHeaders, serveStatic } from './server';

// The bench can serve the build without one security header, to measure what it costs
// (`npm run bench -- --omit-header=…`); everything else must still be sent as deployed.
describe('the static server used by the e2e tests and the bench', () => {
  const site = mkdtempSync(join(tmpdir(), 'tiltakskort-static-'));
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>t</title>');
  afterAll(() => rmSync(site, { recursive: true, force: true }));

  const headersOf = async (omitHeaders?: string[]) => {
    const server = await serveStatic(site, omitHeaders ? { omitHeaders } : {});
    try {
      return (await fetch(`${server.url}/`)).headers;
    } finally {
      await server.close();
    }
  };

  it('sends every header of deploy/security-headers.conf', async () => {
    const sent = await headersOf();
    for (const [name, value] of Object.entries(securityHeaders())) expect(sent.get(name), name).toBe(value);
  });

  it('leaves out only the headers it is asked to, whatever their case', async () => {
    const sent = await headersOf(['cross-origin-opener-policy']);
    expect(sent.get('Cross-Origin-Opener-Policy')).toBeNull();
    for (const [name, value] of Object.entries(securityHeaders())) {
      if (name !== 'Cross-Origin-Opener-Policy') expect(sent.get(name), name).toBe(value);
    }
  });

  it('refuses to leave out a header it does not send, naming the file', async () => {
    await expect(serveStatic(site, { omitHeaders: ['X-Nonsense'] })).rejects.toThrow(/deploy\/security-headers\.conf: no header "X-Nonsense" to leave out/);
  });
});
