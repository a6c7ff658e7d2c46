// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WALK_STORAGE_KEY } from '../../src/ui/walk/storage';
import { renderApp, resetBrowserState } from './helpers';

beforeEach(resetBrowserState);
afterEach(cleanup);

/** barn → bekymringsmelding with the guardians possibly involved. */
async function toReport(user: UserEvent) {
  await user.click(screen.getByRole('link', { name: /Jeg er bekymret for et barn/ }));
  await screen.findByRole('heading', { level: 1, name: /i fare akkurat nå/ });
  const radio = async (label: string) => {
    await user.click(screen.getByRole('button', { name: label }));
  };
  const go = () => user.click(screen.getByRole('button', { name: 'Gå videre' }));
  await radio('Nei');
  await go(); // signs
  await go(); // violence forms
  await go(); // talk with child
  await go(); // after talk
  await go(); // acute triggers
  await radio('Ja'); // reason to believe
  await radio('Nei');
  await radio('Nei');
  await radio('Nei');
  await radio('Ja'); // guardians involved
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Send bekymringsmelding');
}

const SECRET = 'Ola Nordmann sa at pappa slo';

function storageText(): string {
  const all: string[] = [];
  for (const s of [sessionStorage, localStorage]) for (let i = 0; i < s.length; i++) all.push(`${s.key(i)}=${s.getItem(s.key(i)!)}`);
  return all.join('\n');
}

describe('privacy', () => {
  it('keeps notes and drafts in memory only; storage holds at most the answer ids', async () => {
    const user = userEvent.setup();
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    renderApp();
    await toReport(user);
    await user.type(screen.getByLabelText('Egne notater (valgfritt)'), SECRET);
    await user.type(screen.getByLabelText('Hvorfor er du bekymret?'), SECRET);
    expect(screen.getByTestId('summary-text')).toHaveTextContent(SECRET);

    expect(storageText()).not.toContain('Ola');
    expect(storageText()).not.toContain('pappa');
    expect(Object.keys(sessionStorage)).toEqual([WALK_STORAGE_KEY]);
    const record = JSON.parse(sessionStorage.getItem(WALK_STORAGE_KEY)!);
    expect(Object.keys(record).sort()).toEqual(['flow', 'hash', 'steps', 'version']);
    expect(document.cookie).toBe('');
    expect(fetchSpy).not.toHaveBeenCalled(); // the test source is in memory; the app makes no other requests
    fetchSpy.mockRestore();
  });

  it('warns not to write names', async () => {
    const user = userEvent.setup();
    renderApp();
    await toReport(user);
    expect(screen.getAllByText(/Ikke skriv navn/).length).toBeGreaterThan(0);
  });

  it('«Tøm alt» resets the walk, notes, drafts and the session record in one tap', async () => {
    const user = userEvent.setup();
    renderApp();
    await toReport(user);
    await user.type(screen.getByLabelText('Egne notater (valgfritt)'), SECRET);
    await user.type(screen.getByLabelText('Hvorfor er du bekymret?'), SECRET);
    expect(sessionStorage.getItem(WALK_STORAGE_KEY)).not.toBeNull();

    await user.click(screen.getByRole('button', { name: /Tøm alt/ }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Hva er du bekymret for?');
    expect(sessionStorage.getItem(WALK_STORAGE_KEY)).toBeNull();
    expect(screen.getByText('Alt er tømt. Du er tilbake på start.')).toBeInTheDocument();
    expect(document.body.textContent).not.toContain(SECRET);

    // Back into the flow: a fresh walk, empty notes.
    await user.click(screen.getByRole('link', { name: /Jeg er bekymret for et barn/ }));
    expect(await screen.findByRole('heading', { level: 1, name: /i fare akkurat nå/ })).toBeInTheDocument();
    expect(document.body.textContent).not.toContain(SECRET);
  });

  it('«Tøm alt» is on every screen', async () => {
    const user = userEvent.setup();
    renderApp();
    expect(screen.getByRole('button', { name: /Tøm alt/ })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: /Jeg er bekymret for et barn/ }));
    await screen.findByRole('heading', { level: 1, name: /i fare akkurat nå/ });
    expect(screen.getByRole('button', { name: /Tøm alt/ })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Nødnumre' })).toBeInTheDocument();
  });
});
