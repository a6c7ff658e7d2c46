// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/engine/index';
import { WALK_STORAGE_KEY } from '../../src/ui/walk/storage';
import { flow, renderApp, resetBrowserState } from './helpers';

beforeEach(resetBrowserState);
afterEach(cleanup);

const h1 = () => screen.getByRole('heading', { level: 1 });
const back = (user: UserEvent) => user.click(screen.getByRole('button', { name: /Tilbake/ }));
/** The child guide from the start page, and «Nei» to danger now: the «signs» checklist. */
async function toSigns(user: UserEvent) {
  await user.click(screen.getByRole('link', { name: /Jeg er bekymret for et barn/ }));
  await user.click(await screen.findByRole('button', { name: 'Nei' }));
}
/** Tick one box of a checklist and go on. */
async function tickAndGoOn(user: UserEvent, box: RegExp) {
  await user.click(screen.getByRole('checkbox', { name: box }));
  await user.click(screen.getByRole('button', { name: 'Gå videre' }));
}

describe('yes / no / unsure in one tap', () => {
  it('start → «Jeg er bekymret for et barn» → «Ja» is the acute outcome with the police number: two taps', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('link', { name: /Jeg er bekymret for et barn/ })); // tap 1
    await user.click(await screen.findByRole('button', { name: 'Ja' })); // tap 2
    expect(h1()).toHaveTextContent('Ring politiet nå');
    const card = document.querySelector<HTMLElement>('article[data-action="call-112"]')!;
    expect(card.querySelector('a[href="tel:112"]')).not.toBeNull();
    await waitFor(() => expect(h1()).toHaveFocus());
  });
});

describe('after Back, the previous answer is pre-selected', () => {
  it('yes/no: the button given before says so, in words and with a ✓ that a line under them explains', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('link', { name: /Jeg er bekymret for et barn/ }));
    await user.click(await screen.findByRole('button', { name: 'Nei' }));
    expect(h1()).toHaveTextContent('Hva har du lagt merke til hos barnet?');
    await back(user);
    expect(h1()).toHaveTextContent(/i fare akkurat nå/);
    expect(screen.getByText(/^Svaret du ga sist, er merket med\s✓\. Du kan endre det\.$/)).toBeInTheDocument();
    const no = screen.getByRole('button', { name: 'Nei' });
    expect(no).toHaveAccessibleDescription('Forrige svar');
    expect(no).toHaveTextContent(/^✓\s*Nei/);
    expect(screen.getByRole('button', { name: 'Ja' })).not.toHaveAccessibleDescription();
    expect(screen.getByRole('button', { name: 'Ja' })).not.toHaveTextContent('✓');
  });

  it('yes/no: a question met for the first time has no mark and no line about one', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('link', { name: /Jeg er bekymret for et barn/ }));
    for (const name of ['Ja', 'Nei', 'Usikker']) expect(await screen.findByRole('button', { name })).not.toHaveTextContent('✓');
    expect(screen.queryByText(/merket med\s✓/)).toBeNull();
  });

  it('checklist: the boxes ticked before are ticked again', async () => {
    const user = userEvent.setup();
    renderApp();
    await toSigns(user);
    await tickAndGoOn(user, /Blåmerker/);
    await back(user);
    expect(h1()).toHaveTextContent('Hva har du lagt merke til hos barnet?');
    expect(screen.getByRole('checkbox', { name: /Blåmerker/ })).toBeChecked();
    expect(screen.getAllByRole('checkbox').filter((c) => (c as HTMLInputElement).checked)).toHaveLength(1);
    expect(screen.getByText('Svaret du ga sist, er valgt. Du kan endre det.')).toBeInTheDocument();
  });

  it('going back two screens to check and forward again keeps the ticks made further on (they decide the outcome)', async () => {
    const user = userEvent.setup();
    renderApp();
    await toSigns(user);
    await tickAndGoOn(user, /Blåmerker/);
    expect(h1()).toHaveTextContent(/peker mot noe av dette/);
    await tickAndGoOn(user, /^Fysisk vold/);
    await back(user);
    await back(user);
    expect(h1()).toHaveTextContent('Hva har du lagt merke til hos barnet?');
    await user.click(screen.getByRole('button', { name: 'Gå videre' }));
    expect(h1()).toHaveTextContent(/peker mot noe av dette/);
    expect(screen.getByRole('checkbox', { name: /^Fysisk vold/ })).toBeChecked();
    expect(screen.getByText('Svaret du ga sist, er valgt. Du kan endre det.')).toBeInTheDocument();
  });

  it('choice: the option chosen before is selected', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('link', { name: /Noen bruker vold/ }));
    await user.click(await screen.findByRole('button', { name: 'Nei' }));
    await user.click(screen.getByRole('radio', { name: 'Jeg har selv sett eller hørt det' }));
    await user.click(screen.getByRole('button', { name: 'Neste' }));
    expect(h1()).not.toHaveTextContent('Hvordan vet du om volden?');
    await back(user);
    expect(h1()).toHaveTextContent('Hvordan vet du om volden?');
    expect(screen.getByRole('radio', { name: 'Jeg har selv sett eller hørt det' })).toBeChecked();
    // Neste goes on with it, no need to choose again.
    await user.click(screen.getByRole('button', { name: 'Neste' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(h1()).not.toHaveTextContent('Hvordan vet du om volden?');
  });
});

describe('a walk that cannot be restored is explained in the user’s language, by its code', () => {
  const cases: { code: string; record: object; texts: Record<Lang, string> }[] = [
    {
      code: 'VERSION_GONE',
      record: { flow: 'barn', version: '0.0.1', hash: 'x', steps: [] },
      texts: {
        nb: 'Versjonen av veilederen du startet på, finnes ikke lenger.',
        nn: 'Versjonen av rettleiaren du starta på, finst ikkje lenger.',
        en: 'The version of the guide you started on is no longer available.',
      },
    },
    {
      code: 'STEPS_INVALID',
      record: { flow: 'barn', version: '1.0.0', hash: '', steps: [{ node: 'no-such-step', answer: 'yes' }] },
      texts: {
        nb: 'Svarene du hadde gitt, passer ikke lenger med veilederen.',
        nn: 'Svara du hadde gitt, passar ikkje lenger med rettleiaren.',
        en: 'The answers you had given no longer fit the guide.',
      },
    },
  ];
  for (const c of cases) {
    for (const lang of ['nb', 'nn', 'en'] as const) {
      it(`${c.code} in ${lang}`, async () => {
        const record = { ...c.record };
        // The right hash for STEPS_INVALID, so the steps are what fails.
        if (c.code === 'STEPS_INVALID') Object.assign(record, { hash: flow('barn').hash });
        sessionStorage.setItem(WALK_STORAGE_KEY, JSON.stringify(record));
        renderApp({ hash: '#/barn', state: { tk: 1 }, lang });
        expect(await screen.findByText(c.texts[lang])).toHaveAttribute('data-code', c.code);
        // Not the engine's English message.
        expect(document.body).not.toHaveTextContent(/walk was started on|does not fit barn|not an answer this flow accepts/);
      });
    }
  }
});

describe('an answer with a help line', () => {
  it('is named by its label and described by its help, so a screen reader reads the help once', async () => {
    const user = userEvent.setup();
    renderApp();
    await toSigns(user);
    await user.click(screen.getByRole('button', { name: 'Gå videre' }));
    expect(h1()).toHaveTextContent(/Har du sett, hørt eller fått fortalt noe som peker mot noe av dette/);
    const box = screen.getByRole('checkbox', { name: 'Fysisk vold' });
    expect(box).toHaveAccessibleDescription('Slag, spark, lugging, risting, kvelertak, hard holding.');
    // The whole row is still the tap target.
    await user.click(screen.getByText('Slag, spark, lugging, risting, kvelertak, hard holding.'));
    expect(box).toBeChecked();
  });
});
