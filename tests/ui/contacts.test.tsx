// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordWalk, startWalk, step, type FactValue } from '../../src/engine/index';
import { PROFILE_STORAGE_KEY, ROLE_STORAGE_KEY } from '../../src/ui/settings/storage';
import { WALK_STORAGE_KEY } from '../../src/ui/walk/storage';
import { renderApp, resetBrowserState, runnable } from './helpers';

beforeEach(resetBrowserState);
afterEach(cleanup);

// Oslo is UTC+1 in December. 2026-12-03 is a Thursday, 2026-12-05 a Saturday, 2026-12-25 Christmas Day (a Friday).
const THURSDAY_10 = new Date('2026-12-03T10:00:00+01:00');
const THURSDAY_20 = new Date('2026-12-03T20:00:00+01:00');
const SATURDAY_22 = new Date('2026-12-05T22:00:00+01:00');
const CHRISTMAS_10 = new Date('2026-12-25T10:00:00+01:00');

const REPORT_PATH: (FactValue | 'continue')[] = ['no', [], [], 'continue', 'continue', [], 'yes', 'no', 'no', 'no', 'yes'];

/** Open the app on the barn outcome for these answers, as a reload of a walk in progress would. */
async function atOutcome(path: (FactValue | 'continue')[], now: Date) {
  const r = runnable('barn');
  let s = startWalk(r);
  for (const a of path) s = step(r, s, a === 'continue' ? { type: 'CONTINUE' } : { type: 'ANSWER', value: a });
  sessionStorage.setItem(WALK_STORAGE_KEY, JSON.stringify(recordWalk(r, s)));
  renderApp({ hash: '#/barn', state: { tk: s.context.history.length }, now });
  await screen.findByRole('heading', { level: 1, name: /Send bekymringsmelding|Ring politiet nå/ });
  // The profile arrives after the walk: wait until the report card shows its contact.
  await waitFor(() => expect(document.body.textContent).toMatch(/Ring nå|Stengt nå|Kontaktprofilen har ikke nummer/));
}

const card = (id: string) => document.querySelector<HTMLElement>(`article[data-action="${id}"]`)!;
const callNow = (id: string) => within(card(id)).getByRole('link', { name: /^Ring nå/ });

describe('who to call now (Europe/Oslo)', () => {
  it('weekday 10:00: the Hallingdal child welfare office is open and is the number to call', async () => {
    localStorage.setItem(PROFILE_STORAGE_KEY, 'hallingdal');
    await atOutcome(REPORT_PATH, THURSDAY_10);
    const link = callNow('bekymringsmelding');
    expect(link).toHaveAccessibleName('Ring nå Barnevernet i Hallingdal 32 08 53 10');
    expect(link).toHaveAttribute('href', 'tel:+4732085310');
    expect(within(card('bekymringsmelding')).queryByText(/Stengt nå/)).not.toBeInTheDocument();
    expect(screen.getByTestId('profile-line')).toHaveTextContent('Kontaktnummer fra: Hallingdal');
  });

  it('weekday 20:00: a written report waits for the office (opens tomorrow 08:00) instead of sending you to the police', async () => {
    localStorage.setItem(PROFILE_STORAGE_KEY, 'hallingdal');
    await atOutcome(REPORT_PATH, THURSDAY_20);
    const c = card('bekymringsmelding');
    expect(within(c).queryByRole('link', { name: /^Ring nå/ })).not.toBeInTheDocument();
    const closed = within(c).getByRole('list', { name: 'Stengt nå' });
    expect(closed).toHaveTextContent('Barnevernet i Hallingdal, 32 08 53 10 – åpner i morgen kl. 08:00 (åpningstiden er ikke bekreftet)');
    expect(within(closed).queryByRole('link')).not.toBeInTheDocument(); // a closed office is not offered as a call
  });

  it('weekday 20:00, acute: the child welfare emergency goes to the barnevernvakt where there is one (Vestfold), else the police (Hallingdal)', async () => {
    localStorage.setItem(PROFILE_STORAGE_KEY, 'vestfold');
    await atOutcome(['yes'], THURSDAY_20);
    expect(callNow('notify-barnevern-now')).toHaveAttribute('href', 'tel:+4733310203');
    // Its evening hours come from no source: the card says so beside the number it offers.
    expect(card('notify-barnevern-now')).toHaveTextContent('åpningstiden er ikke bekreftet');
    cleanup();

    await resetBrowserState();
    localStorage.setItem(PROFILE_STORAGE_KEY, 'hallingdal');
    await atOutcome(['yes'], THURSDAY_20);
    expect(callNow('notify-barnevern-now')).toHaveAttribute('href', 'tel:02800');
  });

  it('weekday 10:00, Hallingdal, acute: barnevernet is alerted at its own open office, not through the police', async () => {
    localStorage.setItem(PROFILE_STORAGE_KEY, 'hallingdal');
    await atOutcome(['yes'], THURSDAY_10);
    expect(callNow('notify-barnevern-now')).toHaveAttribute('href', 'tel:+4732085310');
    expect(card('notify-barnevern-now')).not.toHaveTextContent('I stedet for');
  });

  it('Saturday 22:00, Hallingdal, acute: 112 and the police route to the barnevernvakt — never the closed office number', async () => {
    localStorage.setItem(PROFILE_STORAGE_KEY, 'hallingdal');
    await atOutcome(['yes'], SATURDAY_22);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Ring politiet nå');
    expect(callNow('call-112')).toHaveAttribute('href', 'tel:112');
    const barnevern = card('notify-barnevern-now');
    expect(callNow('notify-barnevern-now')).toHaveAccessibleName('Ring nå Politiets vanlige nummer 02800');
    // An acute step does not offer a number named «when it is not urgent» (a tester read it as a contradiction).
    expect(barnevern).not.toHaveTextContent(/ikke haster/);
    expect(callNow('notify-barnevern-now')).toHaveAttribute('href', 'tel:02800');
    expect(barnevern).toHaveTextContent('I stedet for barnevernvakta');
    expect(barnevern).toHaveTextContent('Kontaktprofilen har ikke nummer til barnevernvakta. Velg kommunen din i innstillingene');
    const actions = screen.getByRole('region', { name: /Dette gjør du/ });
    expect(actions).not.toHaveTextContent('32 08 53 10');
    expect(document.querySelector('a[href="tel:+4732085310"]')).toBeNull();
  });

  it('a public holiday (Christmas Day, a Friday): the office is closed until Monday', async () => {
    localStorage.setItem(PROFILE_STORAGE_KEY, 'hallingdal');
    await atOutcome(REPORT_PATH, CHRISTMAS_10);
    expect(within(card('bekymringsmelding')).queryByRole('link', { name: /^Ring nå/ })).not.toBeInTheDocument();
    expect(within(card('bekymringsmelding')).getByRole('list', { name: 'Stengt nå' })).toHaveTextContent('åpner mandag kl. 08:00');
  });

  it('the national profile says plainly that local numbers are missing, and how to choose a municipality', async () => {
    await atOutcome(REPORT_PATH, THURSDAY_10);
    expect(card('bekymringsmelding')).toHaveTextContent('Kontaktprofilen har ikke nummer til barneverntjenesten.');
    const note = screen.getByTestId('national-note');
    expect(note).toHaveTextContent('Lokale nummer mangler');
    expect(within(note).getByRole('link', { name: 'Velg kommune eller region i innstillingene' })).toHaveAttribute('href', '#/innstillinger');
  });

  it('names the profile and the role in the summary, with flow id and version', async () => {
    localStorage.setItem(PROFILE_STORAGE_KEY, 'hallingdal');
    localStorage.setItem(ROLE_STORAGE_KEY, 'barnehage');
    await atOutcome(REPORT_PATH, THURSDAY_10);
    const text = screen.getByTestId('summary-text').textContent ?? '';
    expect(text).toContain('(barn)');
    expect(text).toContain('Versjon: 1.0.0');
    expect(text).toContain('Kontaktprofil: Hallingdal');
    expect(text).toContain('Vist for: barnehage');
  });
});
