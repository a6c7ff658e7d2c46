// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROFILE_STORAGE_KEY, ROLE_STORAGE_KEY } from '../../src/ui/settings/storage';
import { memoryProfileSource, renderApp, resetBrowserState } from './helpers';

beforeEach(resetBrowserState);
afterEach(cleanup);

const HALLINGDAL_YAML = readFileSync(join(__dirname, '../../flows/profiles/hallingdal.yaml'), 'utf8');
/** A profile an adviser is writing, with a mistyped number on line 9. */
const BROKEN_YAML = `id: broken
name: { nb: Testkommune, nn: Testkommune, en: Test municipality }
language: nb
note: { nb: Test, nn: Test, en: Test }
contacts:
  - role: barneverntjeneste
    name: { nb: Barnevernet, nn: Barnevernet, en: Child welfare }
    hours: { mon-fri: "08:00-15:30" }
    phone: "32 08 53"
    who: { nb: Alle, nn: Alle, en: Anyone }
    source: { url: "https://example.org/", title: Test }
    reviewed: 2026-11-23
`;

describe('choosing a contact profile', () => {
  it('starts with the catalog default and says when local numbers are missing', async () => {
    renderApp();
    const note = await screen.findByTestId('national-note');
    expect(note).toHaveTextContent('Lokale nummer mangler');
    expect(note).toHaveTextContent('Lokale nummer mangler: barneverntjenesten');
    cleanup();
    renderApp({ profileSource: memoryProfileSource({ defaultId: 'vestfold' }) });
    expect(await screen.findByTestId('profile-line')).toHaveTextContent('Kontaktnummer fra: Tønsberg og Vestfold');
  });

  it('the settings page (#/innstillinger) lets the user choose the profile and the workplace; both are remembered (ids only)', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole('link', { name: 'Innstillinger' }));
    const h1 = await screen.findByRole('heading', { level: 1, name: 'Innstillinger' });
    await waitFor(() => expect(h1).toHaveFocus());
    expect(window.location.hash).toBe('#/innstillinger');

    const profiles = screen.getByRole('group', { name: 'Kontaktnummer for kommune eller region' });
    expect(within(profiles).getByRole('radio', { name: /Hele landet/ })).toBeChecked();
    await user.click(within(profiles).getByRole('radio', { name: 'Hallingdal' }));
    expect(within(profiles).getByRole('status')).toHaveTextContent('Lagret: Hallingdal');
    expect(localStorage.getItem(PROFILE_STORAGE_KEY)).toBe('hallingdal');

    const roles = screen.getByRole('group', { name: 'Hvor jobber du?' });
    await user.click(within(roles).getByRole('radio', { name: 'Helse- og omsorgstjeneste' }));
    expect(localStorage.getItem(ROLE_STORAGE_KEY)).toBe('helse');
    cleanup();

    // A new visit on the same device.
    renderApp();
    expect(await screen.findByTestId('profile-line')).toHaveTextContent('Kontaktnummer fra: Hallingdal');
    expect(screen.getByRole('combobox', { name: 'Hvor jobber du?' })).toHaveValue('helse');
    expect(screen.queryByTestId('national-note')).not.toBeInTheDocument();
  });

  it('a remembered profile that no longer exists falls back to the default', async () => {
    localStorage.setItem(PROFILE_STORAGE_KEY, 'finnes-ikke');
    renderApp();
    expect(await screen.findByTestId('national-note')).toBeInTheDocument();
  });

  it('#/innstillinger is never taken as a flow id', async () => {
    renderApp({ hash: '#/innstillinger' });
    expect(screen.getByRole('heading', { level: 1, name: 'Innstillinger' })).toBeInTheDocument();
    expect(screen.queryByText('Denne veilederen er ikke klar ennå')).not.toBeInTheDocument();
  });
});

describe('a profile from a URL on this origin (?profil=…)', () => {
  it('loads and validates a YAML profile, and uses it merged with the national lines', async () => {
    const source = memoryProfileSource({ files: { '/test/hallingdal.yaml': HALLINGDAL_YAML } });
    renderApp({ search: '?profil=/test/hallingdal.yaml', profileSource: source });
    expect(await screen.findByTestId('profile-line')).toHaveTextContent('Hallingdal – Testprofil fra /test/hallingdal.yaml');
    expect(source.requests).toEqual([`${window.location.origin}/test/hallingdal.yaml`]);
  });

  it('shows the problems of a broken YAML profile with file:line, and does not use it', async () => {
    renderApp({ search: '?profil=/test/broken.yaml', profileSource: memoryProfileSource({ files: { '/test/broken.yaml': BROKEN_YAML } }) });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Profilen fra /test/broken.yaml har feil og brukes ikke');
    expect(alert).toHaveTextContent('/test/broken.yaml:9:12: error BAD_PHONE');
    expect(await screen.findByTestId('national-note')).toBeInTheDocument(); // still the chosen profile
  });

  it('says what each problem means in the reader\'s language, above the line the command line prints', async () => {
    const files = { '/test/broken.yaml': BROKEN_YAML };
    for (const [lang, hint] of [
      ['nb', 'Telefonnummeret er ikke et norsk nummer eller kortnummer.'],
      ['nn', 'Telefonnummeret er ikkje eit norsk nummer eller kortnummer.'],
      ['en', 'The phone number is not a Norwegian number or short number.'],
    ] as const) {
      renderApp({ lang, search: '?profil=/test/broken.yaml', profileSource: memoryProfileSource({ files }) });
      const problem = within(await screen.findByRole('alert')).getByRole('listitem');
      expect(problem.querySelector('p')).toHaveTextContent(hint);
      expect(problem.querySelector('code')).toHaveTextContent('/test/broken.yaml:9:12: error BAD_PHONE');
      expect(problem.querySelector('code')).toHaveAttribute('lang', 'en');
      cleanup();
    }
  });

  it('a warning that a contact is stale says after how long, and the profile is still used', async () => {
    const stale = HALLINGDAL_YAML.replace(/reviewed: \d{4}-\d{2}-\d{2}/, 'reviewed: 2024-01-15');
    renderApp({ hash: '#/innstillinger', search: '?profil=/test/hallingdal.yaml', profileSource: memoryProfileSource({ files: { '/test/hallingdal.yaml': stale } }) });
    const status = await screen.findByText('Profilen brukes, men har advarsler:');
    const [problem] = within(status.parentElement!).getAllByRole('listitem');
    expect(problem).toHaveTextContent('Nummeret og åpningstidene er ikke sjekket på over 12 måneder.');
    expect(problem).toHaveTextContent('warning CONTACT_STALE');
  });

  it('validates a built JSON profile with the same schema, and shows a broken one by its place in the profile', async () => {
    const source = memoryProfileSource();
    const built = structuredClone(await source.profile('vestfold.json'));
    built.contacts[0]!.phone = '12';
    const files = { '/test/vestfold.json': JSON.stringify(built) };
    renderApp({ search: '?profil=/flows/profiles/vestfold.json', profileSource: memoryProfileSource({ files }) });
    expect(await screen.findByTestId('profile-line')).toHaveTextContent('Tønsberg og Vestfold – Testprofil fra /flows/profiles/vestfold.json');
    cleanup();

    renderApp({ search: '?profil=/test/vestfold.json', profileSource: memoryProfileSource({ files }) });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('error BAD_PHONE');
    expect(alert).toHaveTextContent('(contacts[0].phone)');
    expect(alert).toHaveTextContent('ferdig bygd JSON-profil');
  });

  it('refuses a profile on another origin with a clear message, without a request', async () => {
    const source = memoryProfileSource();
    renderApp({ search: `?profil=${encodeURIComponent('https://example.org/p.yaml')}`, profileSource: source });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('må ligge på samme nettsted som Tiltakskort');
    expect(source.requests).toEqual([]);
  });

  it('can be loaded from the settings page, and stopped again', async () => {
    const user = userEvent.setup();
    renderApp({ hash: '#/innstillinger', profileSource: memoryProfileSource({ files: { '/test/hallingdal.yaml': HALLINGDAL_YAML, '/test/broken.yaml': BROKEN_YAML } }) });
    const field = screen.getByRole('textbox', { name: 'Adresse til profilfilen' });
    await user.type(field, '/test/broken.yaml');
    await user.click(screen.getByRole('button', { name: 'Last inn og sjekk' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('/test/broken.yaml:9:12: error BAD_PHONE');
    // The field says it failed, and why (a screen reader reads the error with the field).
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field.getAttribute('aria-describedby')?.split(' ')).toContain(alert.id);
    await user.clear(field);
    await user.type(field, '/test/hallingdal.yaml');
    await user.click(screen.getByRole('button', { name: 'Last inn og sjekk' }));
    expect(await screen.findByText('Profilen «Hallingdal» fra /test/hallingdal.yaml er lest inn og brukes nå.')).toBeInTheDocument();
    expect(field).not.toHaveAttribute('aria-invalid');
    expect(window.location.search).toBe(`?profil=${encodeURIComponent('/test/hallingdal.yaml')}`);
    await user.click(screen.getByRole('button', { name: 'Slutt å bruke testprofilen' }));
    expect(window.location.search).toBe('');
    expect(screen.getByTestId('national-note')).toBeInTheDocument();
  });
});

describe('accessibility of the setup (axe, WCAG 2.1 A/AA)', () => {
  async function violations(): Promise<string[]> {
    const { default: axe } = await import('axe-core');
    const res = await axe.run(document.body, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'], rules: { 'color-contrast': { enabled: false } } });
    return res.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }

  it('the settings page, with a broken test profile shown', async () => {
    renderApp({ hash: '#/innstillinger', search: '?profil=/test/broken.yaml', profileSource: memoryProfileSource({ files: { '/test/broken.yaml': BROKEN_YAML } }) });
    await screen.findByRole('alert');
    await screen.findByRole('radio', { name: 'Hallingdal' });
    expect(await violations()).toEqual([]);
  });

  it('the acute outcome with who to call now and the role line', async () => {
    const user = userEvent.setup();
    localStorage.setItem(PROFILE_STORAGE_KEY, 'hallingdal');
    renderApp({ now: new Date('2026-12-05T22:00:00+01:00') });
    await screen.findByTestId('profile-line');
    await user.click(screen.getByRole('link', { name: /Jeg er bekymret for et barn/ }));
    await user.click(await screen.findByRole('button', { name: 'Ja' }));
    await screen.findAllByText('Ring nå');
    await user.click(screen.getByText('endre'));
    expect(await violations()).toEqual([]);
  });
});
