// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WALK_STORAGE_KEY } from '../../src/ui/walk/storage';
import { ROWS_IN_FIRST_FRAME } from '../../src/ui/StepView';
import { renderApp, resetBrowserState, signsChecklist } from './helpers';

beforeEach(resetBrowserState);
afterEach(cleanup);

async function openBarn(user: UserEvent) {
  await user.click(screen.getByRole('link', { name: /Jeg er bekymret for et barn/ }));
  return screen.findByRole('heading', { level: 1, name: /i fare akkurat nå/ });
}

/** Yes / no / unsure answer at once, with one tap. */
async function answer(user: UserEvent, label: string) {
  await user.click(screen.getByRole('button', { name: label }));
}

const h1 = () => screen.getByRole('heading', { level: 1 });

/** The browser's back button, and the step it should bring back. */
async function browserBackTo(heading: string | RegExp) {
  window.history.back();
  await waitFor(() => expect(h1()).toHaveTextContent(heading));
}

/** The child guide, «Nei» to danger now, and the next step («signs») shown with focus on its heading. */
async function toSignsFocused(user: UserEvent) {
  await openBarn(user);
  await answer(user, 'Nei');
  await waitFor(() => expect(h1()).toHaveFocus());
}

/** The child guide: «Nei» to danger now, «Blåmerker» ticked among the signs, on to the forms of violence. */
async function toFormsWithBruisesTicked(user: UserEvent) {
  await openBarn(user);
  await answer(user, 'Nei');
  await user.click(screen.getByRole('checkbox', { name: /Blåmerker/ }));
  await user.click(screen.getByRole('button', { name: 'Gå videre' }));
}

describe('walking a flow', () => {
  it('starts with the acute question, as a group of three answer buttons (yes / no / unsure), and focuses its heading', async () => {
    const user = userEvent.setup();
    renderApp();
    const heading = await openBarn(user);
    await waitFor(() => expect(heading).toHaveFocus());
    const group = screen.getByRole('group', { name: /i fare akkurat nå/ });
    expect(within(group).getAllByRole('button').map((b) => [b.textContent, b.getAttribute('value')])).toEqual([
      ['Ja', 'yes'],
      ['Nei', 'no'],
      ['Usikker', 'unsure'],
    ]);
    expect(within(group).queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Neste' })).not.toBeInTheDocument();
    // The phase indicator, in words, with aria-current.
    const phases = screen.getByRole('list', { name: 'Steg i veiledningen' });
    const current = within(phases).getAllByRole('listitem').find((li) => li.getAttribute('aria-current') === 'step');
    expect(current).toHaveTextContent('SE');
    expect(within(phases).getByText('SPØR')).toBeInTheDocument();
    expect(within(phases).getByText('AVKLAR')).toBeInTheDocument();
    expect(within(phases).getByText('HANDLE')).toBeInTheDocument();
  });

  it('a choice question asks for an answer instead of going on when nothing is chosen', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('link', { name: /Noen bruker vold/ }));
    await screen.findByRole('heading', { level: 1, name: /fare akkurat nå/ });
    await answer(user, 'Nei');
    expect(h1()).toHaveTextContent('Hvordan vet du om volden?');
    expect(screen.getAllByRole('radio').length).toBe(4);
    await user.click(screen.getByRole('button', { name: 'Neste' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Velg et svar');
    expect(h1()).toHaveTextContent('Hvordan vet du om volden?');
  });

  it('answers, continues a checklist with nothing checked, goes back and restarts', async () => {
    const user = userEvent.setup();
    renderApp();
    await openBarn(user);
    await answer(user, 'Nei');
    expect(h1()).toHaveTextContent('Hva har du lagt merke til hos barnet?');
    await waitFor(() => expect(screen.getAllByRole('checkbox').length).toBeGreaterThan(ROWS_IN_FIRST_FRAME));
    // Tips are folded away until asked for.
    const tips = screen.getByText('Tips').closest('details');
    expect(tips).not.toHaveAttribute('open');

    const go = screen.getByRole('button', { name: 'Gå videre' });
    expect(go).toBeEnabled();
    await user.click(go);
    expect(h1()).toHaveTextContent('Har du sett, hørt eller fått fortalt noe');
    await waitFor(() => expect(h1()).toHaveFocus());

    await user.click(screen.getByRole('button', { name: /Tilbake/ }));
    expect(h1()).toHaveTextContent('Hva har du lagt merke til hos barnet?');

    await user.click(screen.getByRole('button', { name: 'Start på nytt' }));
    expect(h1()).toHaveTextContent(/i fare akkurat nå/);
    expect(screen.queryByRole('button', { name: /Tilbake/ })).not.toBeInTheDocument();
  });

  it('a long checklist is complete (not busy) by the time focus moves to its heading', async () => {
    const user = userEvent.setup();
    renderApp();
    await openBarn(user);
    let atFocus: { rows: number; busy: boolean } | undefined;
    const onFocus = (e: FocusEvent) => {
      const target = e.target as Element;
      if (target.id !== 'step-heading' || !target.textContent?.includes('lagt merke til') || atFocus) return;
      atFocus = { rows: document.querySelectorAll('input[type=checkbox]').length, busy: document.querySelector('[aria-busy="true"]') !== null };
    };
    document.addEventListener('focusin', onFocus);
    try {
      await answer(user, 'Nei');
      await waitFor(() => expect(atFocus).toBeDefined());
    } finally {
      document.removeEventListener('focusin', onFocus);
    }
    const rows = signsChecklist().values.length;
    expect(rows).toBeGreaterThan(ROWS_IN_FIRST_FRAME);
    expect(atFocus).toEqual({ rows, busy: false });
  });

  it('walks a checklist with items checked and a guidance card', async () => {
    const user = userEvent.setup();
    renderApp();
    await toFormsWithBruisesTicked(user);
    await user.click(screen.getByRole('button', { name: 'Gå videre' })); // violence forms, none
    // SPØR: guidance card
    const phases = screen.getByRole('list', { name: 'Steg i veiledningen' });
    expect(within(phases).getAllByRole('listitem').find((li) => li.getAttribute('aria-current') === 'step')).toHaveTextContent('SPØR');
    expect(screen.getByRole('button', { name: 'Gå videre' })).toBeEnabled();
  });

  it('the browser back button steps back instead of leaving', async () => {
    const user = userEvent.setup();
    renderApp();
    await openBarn(user);
    await answer(user, 'Nei');
    expect(h1()).toHaveTextContent('Hva har du lagt merke til');
    // The step's history entry is added once the step is painted.
    await waitFor(() => expect(window.history.state).toEqual({ tk: 1 }));
    await browserBackTo(/i fare akkurat nå/);
    expect(window.location.hash).toBe('#/barn');
  });

  it('the browser\'s Forward after Back gives the steps again, with the answers they had', async () => {
    const user = userEvent.setup();
    renderApp();
    await toFormsWithBruisesTicked(user);
    expect(h1()).toHaveTextContent('Har du sett, hørt eller fått fortalt noe');
    await waitFor(() => expect(window.history.state).toEqual({ tk: 2 }));
    await browserBackTo('Hva har du lagt merke til');
    await browserBackTo(/i fare akkurat nå/);
    window.history.forward();
    await waitFor(() => expect(h1()).toHaveTextContent('Hva har du lagt merke til'));
    expect(window.history.state).toEqual({ tk: 1 });
    expect(screen.getByRole('checkbox', { name: /Blåmerker/ })).toBeChecked();
    window.history.forward();
    await waitFor(() => expect(h1()).toHaveTextContent('Har du sett, hørt eller fått fortalt noe'));
    expect(window.history.state).toEqual({ tk: 2 });
    // And Back still goes one step back from there.
    await browserBackTo('Hva har du lagt merke til');
  });

  it('a new step is read once: focus moves to its heading, and the live region stays quiet', async () => {
    const user = userEvent.setup();
    renderApp();
    await toSignsFocused(user);
    expect(h1()).toHaveTextContent('Hva har du lagt merke til');
    for (const region of screen.getAllByRole('status')) expect(region).toBeEmptyDOMElement();
  });

  it('the skip link moves focus to the content and leaves the walk where it is', async () => {
    const user = userEvent.setup();
    renderApp();
    await toSignsFocused(user);
    await user.click(screen.getByRole('link', { name: 'Hopp til innholdet' }));
    expect(screen.getByRole('main')).toHaveFocus();
    expect(window.location.hash).toBe('#/barn');
    expect(h1()).toHaveTextContent('Hva har du lagt merke til');
  });

  it('Back stays in the walk after taps faster than the history entries (they are written after the paint)', async () => {
    const user = userEvent.setup();
    // Open the walk once and go back to the start page: the walk's code and the flow are here now,
    // so the walk below opens within the tap.
    renderApp();
    await openBarn(user);
    await user.click(screen.getByRole('link', { name: /^Tiltakskort/ }));
    await screen.findByRole('heading', { level: 1, name: 'Hva er du bekymret for?' });
    // Choice, answer and «Gå videre» in one go: nothing written to history in between.
    fireEvent.click(screen.getByRole('link', { name: /Jeg er bekymret for et barn/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Nei' }));
    fireEvent.click(screen.getByRole('button', { name: 'Gå videre' }));
    expect(h1()).toHaveTextContent('Har du sett, hørt eller fått fortalt noe');
    await waitFor(() => expect(window.history.state).toEqual({ tk: 2 }));
    await user.click(screen.getByRole('button', { name: /Tilbake/ }));
    expect(h1()).toHaveTextContent('Hva har du lagt merke til');
    await waitFor(() => expect(window.history.state).toEqual({ tk: 1 }));
    expect(window.location.hash).toBe('#/barn');
    // And the browser's back button from there goes to the first question, not out of the walk.
    await browserBackTo(/i fare akkurat nå/);
    expect(window.location.hash).toBe('#/barn');
  });

  it('the browser back button goes one step back also after taps faster than the history entries', async () => {
    const user = userEvent.setup();
    renderApp();
    await openBarn(user);
    await waitFor(() => expect(window.history.state).toEqual({ tk: 0 }));
    // Two answers before either step's entry is written: each still gets one.
    fireEvent.click(screen.getByRole('button', { name: 'Nei' }));
    fireEvent.click(screen.getByRole('button', { name: 'Gå videre' }));
    expect(h1()).toHaveTextContent('Har du sett, hørt eller fått fortalt noe');
    await waitFor(() => expect(window.history.state).toEqual({ tk: 2 }));
    await browserBackTo('Hva har du lagt merke til');
    expect(window.history.state).toEqual({ tk: 1 });
    await browserBackTo(/i fare akkurat nå/);
    expect(window.location.hash).toBe('#/barn');
  });

  it('the browser back button goes one step back also when pressed before the step on screen has its history entry', async () => {
    const user = userEvent.setup();
    renderApp();
    await openBarn(user);
    await answer(user, 'Nei');
    await waitFor(() => expect(window.history.state).toEqual({ tk: 1 }));
    // «Gå videre» and, at once, the browser's Back: the new step's entry is not written yet.
    fireEvent.click(screen.getByRole('button', { name: 'Gå videre' }));
    expect(h1()).toHaveTextContent('Har du sett, hørt eller fått fortalt noe');
    await browserBackTo('Hva har du lagt merke til');
    await waitFor(() => expect(window.history.state).toEqual({ tk: 1 }));
    // And Back again goes to the first question, then out of the walk to the start page.
    await browserBackTo(/i fare akkurat nå/);
    expect(window.history.state).toEqual({ tk: 0 });
    window.history.back();
    await screen.findByRole('heading', { level: 1, name: 'Hva er du bekymret for?' });
  });

  it('keeps only the answer ids in sessionStorage and resumes after a reload', async () => {
    const user = userEvent.setup();
    const first = renderApp();
    await openBarn(user);
    await answer(user, 'Nei');
    await user.click(screen.getByRole('button', { name: 'Gå videre' }));
    // Saved once the step is painted.
    await waitFor(() => {
      const record = JSON.parse(sessionStorage.getItem(WALK_STORAGE_KEY) ?? '{}');
      expect(record).toMatchObject({ flow: 'barn', version: '1.0.0', steps: [{ node: 'acute', answer: 'no' }, { node: 'signs', answer: [] }] });
      expect(window.history.state).toEqual({ tk: 2 });
    });
    first.unmount();

    // A reload keeps history.state (the walk's entry) and sessionStorage.
    const state: unknown = window.history.state;
    expect(state).toEqual({ tk: 2 });
    const { unmount } = renderApp({ hash: '#/barn', state });
    expect(await screen.findByRole('heading', { level: 1, name: /Har du sett, hørt eller fått fortalt/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Tilbake/ }));
    expect(h1()).toHaveTextContent('Hva har du lagt merke til');
    unmount();
  });

  it('shows why a saved walk cannot be resumed, and offers to start again', async () => {
    const user = userEvent.setup();
    sessionStorage.setItem(WALK_STORAGE_KEY, JSON.stringify({ flow: 'barn', version: '1.0.0', hash: 'not-the-hash', steps: [{ node: 'acute', answer: 'no' }] }));
    renderApp({ hash: '#/barn', state: { tk: 1 } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Vi kunne ikke fortsette der du var' })).toBeInTheDocument();
    // Said in the user's language by its code (HASH_CHANGED), not with the engine's English message.
    expect(screen.getByText('Veilederen er endret siden du startet, så vi kan ikke trygt fortsette der du var.')).toBeInTheDocument();
    expect(screen.queryByText(/has changed since the walk was started/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start på nytt' }));
    expect(await screen.findByRole('heading', { level: 1, name: /i fare akkurat nå/ })).toBeInTheDocument();
  });

  it('choosing a flow from the start page starts a new walk', async () => {
    const user = userEvent.setup();
    sessionStorage.setItem(WALK_STORAGE_KEY, JSON.stringify({ flow: 'barn', version: '1.0.0', hash: 'x', steps: [] }));
    renderApp();
    await openBarn(user);
    expect(screen.queryByText('Vi kunne ikke fortsette der du var')).not.toBeInTheDocument();
  });

  it('shows a clear message for a flow that is not there', async () => {
    renderApp({ hash: '#/finnes-ikke' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Denne veilederen er ikke klar ennå' })).toBeInTheDocument();
  });
});
