import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exampleWithProfiles, flows } from './run-cli';

/** flows/publisher.yaml as deploy/README.md shows it. */
const PUBLISHER = `# Who publishes this site: the accessibility statement shows it.
name: { nb: Ål kommune, nn: Ål kommune, en: Ål municipality }
feedback:
  email: uu@al.kommune.no
  who:
    nb: Servicetorget svarer innen to uker.
    nn: Servicetorget svarar innan to veker.
    en: The service desk answers within two weeks.
`;

/**
 * The accessibility statement's feedback channel is the publishing municipality's: an adviser puts it
 * in flows/publisher.yaml and republishes it with `compile`, like the contact lists, with no new build.
 */
describe('the publisher, republished with the flows', () => {
  let dir = '';
  beforeEach(() => {
    dir = exampleWithProfiles();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('`compile` writes it as publisher.json beside the catalog', async () => {
    writeFileSync(join(dir, 'publisher.yaml'), PUBLISHER);
    const site = join(dir, 'site');
    const r = await flows('compile', '--flows', dir, '-o', site);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('PUBLISHER_MISSING');
    expect(r.stdout).toMatch(/wrote .*publisher\.json and index\.json to /);
    const written = JSON.parse(readFileSync(join(site, 'publisher.json'), 'utf8'));
    expect(written).toMatchObject({ name: { nb: 'Ål kommune' }, feedback: { email: 'uu@al.kommune.no' } });
  });

  it('`compile` without one warns that the statement has no feedback channel, and still publishes', async () => {
    const site = join(dir, 'site');
    const r = await flows('compile', '--flows', dir, '-o', site);
    expect(r.stdout).toMatch(/warning PUBLISHER_MISSING no publisher\.yaml: the accessibility statement has no feedback channel to show/);
    expect(r.code).toBe(0);
    // Written as null, so the app's request finds «none yet» rather than a 404, and a publisher
    // taken out of flows/ is taken off the site.
    expect(readFileSync(join(site, 'publisher.json'), 'utf8')).toBe('null');
    expect(existsSync(join(site, 'index.json'))).toBe(true);
  });

  it('`validate` and `compile` name the line of a broken one, and compile writes nothing', async () => {
    const file = join(dir, 'publisher.yaml');
    writeFileSync(file, PUBLISHER.replace('email: uu@al.kommune.no', 'email: Servicetorget i Ål'));
    const v = await flows('validate', file);
    expect(v.stdout).toMatch(/publisher\.yaml:4:10: error BAD_EMAIL "Servicetorget i Ål" is not an e-mail address/);
    expect(v.code).toBe(1);
    const whole = await flows('validate', '--flows', dir);
    expect(whole.stdout).toMatch(/publisher\.yaml:4:10: error BAD_EMAIL/);
    expect(whole.code).toBe(1);
    const site = join(dir, 'site');
    const c = await flows('compile', '--flows', dir, '-o', site);
    expect(c.stdout).toMatch(/publisher\.yaml:4:10: error BAD_EMAIL/);
    expect(c.stdout).toMatch(/nothing written to .*site: fix the errors first/);
    expect(existsSync(site)).toBe(false);
    expect(c.code).toBe(1);
  });
});
