// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordWalk, startWalk, step, type FactValue } from '../../src/engine/index';
import { ROLE_STORAGE_KEY } from '../../src/ui/settings/storage';
import { WALK_STORAGE_KEY } from '../../src/ui/walk/storage';
import { renderApp, resetBrowserState, runnable } from './helpers';

beforeEach(resetBrowserState);
afterEach(cleanup);

const REPORT_PATH: (FactValue | 'continue')[] = ['no', [], [], 'continue', 'continue', [], 'yes', 'no', 'no', 'no', 'yes'];

async function reportOutcome() {
  const r = runnable('barn');
  let s = startWalk(r);
  for (const a of REPORT_PATH) s = step(r, s, a === 'continue' ? { type: 'CONTINUE' } : { type: 'ANSWER', value: a });
  sessionStorage.setItem(WALK_STORAGE_KEY, JSON.stringify(recordWalk(r, s)));
  renderApp({ hash: '#/barn', state: { tk: s.context.history.length } });
  await screen.findByRole('heading', { level: 1, name: 'Send bekymringsmelding' });
  const actions = [...document.querySelectorAll('article[data-action]')].map((a) => a.getAttribute('data-action'));
  const legal = document.querySelector('article[data-action="bekymringsmelding"] .legal-line')?.textContent ?? '';
  return { actions, legal };
}

describe('the user’s workplace (role)', () => {
  it('a nurse and a teacher walking the same answers get the same actions, each with their own law', async () => {
    localStorage.setItem(ROLE_STORAGE_KEY, 'helse');
    const nurse = await reportOutcome();
    expect(screen.getByTestId('shown-for')).toHaveTextContent('Vist for: helse- og omsorgstjeneste – endre');
    cleanup();
    await resetBrowserState();
    localStorage.setItem(ROLE_STORAGE_KEY, 'skole');
    const teacher = await reportOutcome();
    expect(screen.getByTestId('shown-for')).toHaveTextContent('Vist for: skole eller SFO');
    cleanup();
    await resetBrowserState();
    localStorage.setItem(ROLE_STORAGE_KEY, 'barnehage');
    const kindergarten = await reportOutcome();

    expect(teacher.actions).toEqual(nurse.actions);
    expect(kindergarten.actions).toEqual(nurse.actions);
    expect(nurse.legal).toContain('helsepersonelloven § 33');
    expect(nurse.legal).not.toMatch(/barnehageloven|opplæringslova/);
    expect(teacher.legal).toContain('opplæringslova (2023)');
    expect(teacher.legal).not.toMatch(/helsepersonelloven|barnehageloven/);
    expect(kindergarten.legal).toContain('barnehageloven § 46');
    expect(kindergarten.legal).not.toMatch(/helsepersonelloven|opplæringslova/);
  });

  it('is asked on the start page in one compact field and remembered (the id only)', async () => {
    const user = userEvent.setup();
    renderApp();
    const field = screen.getByRole('combobox', { name: 'Hvor jobber du?' });
    expect(field).toHaveValue('');
    expect(within(field).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Ikke valgt',
      'Barnehage',
      'Skole eller SFO',
      'Helse- og omsorgstjeneste',
      'NAV eller sosialtjeneste',
      'Annen kommunal tjeneste',
      'Privatperson eller nabo',
    ]);
    await user.selectOptions(field, 'barnehage');
    expect(localStorage.getItem(ROLE_STORAGE_KEY)).toBe('barnehage');
    expect(screen.getByText('Lagret på denne enheten.')).toBeInTheDocument();
    // The start choices keep their names and come first.
    const choice = screen.getByRole('link', { name: /Jeg er bekymret for et barn/ });
    expect(choice.compareDocumentPosition(field) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('can be changed on the outcome, and the law follows at once', async () => {
    const user = userEvent.setup();
    const before = await reportOutcome();
    expect(screen.getByTestId('shown-for')).toHaveTextContent('Vist for: alle (ingen arbeidsplass valgt) – endre');
    expect(before.legal).toContain('barnehageloven § 46'); // without a role: every duty
    await user.click(screen.getByText('endre'));
    await user.selectOptions(within(screen.getByTestId('shown-for')).getByRole('combobox', { name: 'Hvor jobber du?' }), 'privat');
    expect(screen.getByTestId('shown-for')).toHaveTextContent('Vist for: privatperson eller nabo');
    expect(screen.getByRole('heading', { level: 3, name: /Si fra til barnevernet/ })).toBeInTheDocument();
    expect(localStorage.getItem(ROLE_STORAGE_KEY)).toBe('privat');
    expect(screen.getByTestId('summary-text')).toHaveTextContent('Vist for: privatperson eller nabo');
  });
});
