// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { TextsProvider } from '../../src/ui/texts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startWalk, step, viewWalk } from '../../src/engine/index';
import { createI18n } from '../../src/i18n/index';
import { ActionCard } from '../../src/ui/ActionCard';
import { ROWS_IN_FIRST_FRAME, StepView } from '../../src/ui/StepView';
import { linkifyPhones, RichText } from '../../src/ui/text';
import { renderApp, resetBrowserState, runnable, signsChecklist } from './helpers';

beforeEach(resetBrowserState);
afterEach(cleanup);

function numbersIn(text: string): string[] {
  const { container } = render(<p>{linkifyPhones(text, 'Ring')}</p>);
  const out = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
  cleanup();
  return out;
}

/** The text as it shows: without what is hidden from view, spaces as a browser collapses them. */
function shownText(el: HTMLElement): string {
  const copy = el.cloneNode(true) as HTMLElement;
  for (const hidden of copy.querySelectorAll('.visually-hidden')) hidden.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('tap-to-call numbers in flow texts', () => {
  it('links the numbers flow texts name', () => {
    expect(numbersIn('Ring 112 eller 113. Legevakt 116 117, Alarmtelefonen 116 111, politiet på 02800.')).toEqual(['tel:112', 'tel:113', 'tel:116117', 'tel:116111', 'tel:02800']);
    expect(numbersIn('Vern for eldre 800 30 196, barnevern 32 08 53 10, ATV 452 33 104.')).toEqual(['tel:80030196', 'tel:32085310', 'tel:45233104']);
  });
  it('keeps the full stop after a number on the number\'s line (no line starting with «.» at 320 px)', () => {
    const { container } = render(<p>{linkifyPhones('Ring 112. Gjelder det et barn, ring 116 111, eller 02800', 'Ring')}</p>);
    expect([...container.querySelectorAll<HTMLElement>('.tel-nowrap')].map(shownText)).toEqual(['112.', '116 111,']);
    expect(shownText(container)).toBe('Ring 112. Gjelder det et barn, ring 116 111, eller 02800');
  });

  it('names each link «Ring» and the number in the reader\'s language, the word hidden from view (WCAG 2.4.4)', () => {
    for (const [lang, call] of [['nb', 'Ring'], ['nn', 'Ring'], ['en', 'Call']] as const) {
      render(
        <TextsProvider i18n={createI18n(lang)}>
          <RichText text="Alarmtelefonen: 116 111." />
        </TextsProvider>,
      );
      const link = screen.getByRole('link', { name: `${call} 116 111` });
      expect(link).toHaveAttribute('href', 'tel:116111');
      expect(link.querySelector('.visually-hidden')).toHaveTextContent(call);
      expect(shownText(link)).toBe('116 111');
      cleanup();
    }
  });

  it('leaves the hidden word out where the sentence already says «ring» before the number, so it is not read twice', () => {
    const texts = { nb: 'Ring politiet på 02800. Legevakten har 116 117.', nn: 'Ringje politiet på 02800. Legevakta har 116 117.', en: 'Call the police on 02800. The legevakt is 116 117.' };
    for (const [lang, call] of [['nb', 'Ring'], ['nn', 'Ring'], ['en', 'Call']] as const) {
      render(
        <TextsProvider i18n={createI18n(lang)}>
          <RichText text={texts[lang]} />
        </TextsProvider>,
      );
      // The first sentence says it; the second does not, so its number gets the word.
      expect(screen.getByRole('link', { name: '02800' })).toHaveAttribute('href', 'tel:02800');
      expect(screen.getByRole('link', { name: `${call} 116 117` })).toHaveAttribute('href', 'tel:116117');
      cleanup();
    }
  });

  it('leaves section numbers, years and times alone', () => {
    expect(numbersIn('straffeloven § 196, § 112, loven av 1902, kl. 09–15, 2023, §§ 282–283')).toEqual([]);
  });
});

describe('action card', () => {
  it('takes contact numbers for its roles as a prop (contact profiles, issue 7)', () => {
    const r = runnable('barn');
    const view = viewWalk(r, step(r, startWalk(r), { type: 'ANSWER', value: 'yes' }));
    const action = view.outcome!.actions.find((a) => a.id === 'notify-barnevern-now')!;
    expect(action.contacts).toContain('barnevernvakt');
    render(
      <TextsProvider i18n={createI18n('nb')}>
        <ActionCard action={action} lang="nb" index={2} contacts={[{ role: 'barnevernvakt', name: 'Barnevernvakta', phone: '33 31 02 03', note: 'hele døgnet' }]} />
      </TextsProvider>,
    );
    const card = screen.getByRole('article');
    expect(within(card).getByRole('link', { name: 'Barnevernvakta: 33 31 02 03' })).toHaveAttribute('href', 'tel:33310203');
    expect(card).toHaveTextContent('hele døgnet');
  });
});

async function axeViolations(): Promise<string[]> {
  const res = await axe.run(document.body, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'], rules: { 'color-contrast': { enabled: false } } });
  return res.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility (axe, structure)', () => {
  it('start page has no axe violations', async () => {
    renderApp();
    expect(await axeViolations()).toEqual([]);
  });

  it('a question and a checklist render as fieldset/legend with real controls, without axe violations', async () => {
    const r = runnable('barn');
    let s = startWalk(r);
    const i18n = createI18n('nb');
    const props = { lang: 'nb' as const, onAnswer: () => {}, onContinue: () => {}, onBack: () => {}, onRestart: () => {} };
    const { rerender } = render(
      <TextsProvider i18n={i18n}>
        <main>
          <StepView view={viewWalk(r, s)} {...props} />
        </main>
      </TextsProvider>,
    );
    expect(screen.getByRole('group', { name: /i fare akkurat nå/ }).tagName).toBe('FIELDSET');
    expect(await axeViolations()).toEqual([]);
    s = step(r, s, { type: 'ANSWER', value: 'no' });
    rerender(
      <TextsProvider i18n={i18n}>
        <main>
          <StepView view={viewWalk(r, s)} {...props} />
        </main>
      </TextsProvider>,
    );
    const group = screen.getByRole('group', { name: /lagt merke til/ });
    await waitFor(() => expect(within(group).getAllByRole('checkbox').length).toBeGreaterThan(5));
    expect(await axeViolations()).toEqual([]);
  });
});

describe('a long checklist', () => {
  const { view: signs, values: all } = signsChecklist();
  const renderSigns = (view: typeof signs, onAnswer: (v: unknown) => void) =>
    render(
      <TextsProvider i18n={createI18n('nb')}>
        <StepView view={view} lang="nb" onAnswer={onAnswer} onContinue={() => {}} onBack={() => {}} onRestart={() => {}} />
      </TextsProvider>,
    );

  it('shows a screenful of rows in the first frame and every row right after it', async () => {
    expect(all.length).toBeGreaterThan(ROWS_IN_FIRST_FRAME);
    renderSigns(signs, () => {});
    expect(screen.getAllByRole('checkbox')).toHaveLength(ROWS_IN_FIRST_FRAME);
    await waitFor(() => expect(screen.getAllByRole('checkbox')).toHaveLength(all.length));
  });

  it('keeps a box ticked before the rest of the rows appear, and an earlier answer in a row not shown yet', async () => {
    const last = all[all.length - 1]!;
    const answers: unknown[] = [];
    renderSigns({ ...signs, previousAnswer: [last] }, (v) => answers.push(v));
    fireEvent.click(screen.getAllByRole('checkbox')[0]!); // before the rest of the rows are there
    fireEvent.click(screen.getByRole('button', { name: 'Gå videre' }));
    expect(answers).toEqual([[all[0], last]]);
    await waitFor(() => expect(screen.getAllByRole('checkbox')).toHaveLength(all.length));
    expect(screen.getAllByRole('checkbox')[0]).toBeChecked();
    expect(screen.getAllByRole('checkbox').at(-1)).toBeChecked();
  });

  it('the next question keeps the form and its rows, changes their texts and starts with nothing ticked', async () => {
    const r = runnable('barn');
    const atSigns = step(r, startWalk(r), { type: 'ANSWER', value: 'no' });
    const next = viewWalk(r, step(r, atSigns, { type: 'ANSWER', value: [all[0]!] }));
    expect(next.node.kind === 'question' && next.node.answer).toBe('checklist');
    const shown = (view: typeof signs) => (
      <TextsProvider i18n={createI18n('nb')}>
        <StepView view={view} lang="nb" onAnswer={() => {}} onContinue={() => {}} onBack={() => {}} onRestart={() => {}} />
      </TextsProvider>
    );
    const { rerender } = render(shown(signs));
    await waitFor(() => expect(screen.getAllByRole('checkbox')).toHaveLength(all.length));
    fireEvent.click(screen.getAllByRole('checkbox')[0]!);
    const formOf = () => screen.getAllByRole('checkbox')[0]!.closest('form');
    const form = formOf();
    const firstBox = screen.getAllByRole('checkbox')[0];
    rerender(shown(next));
    const prompt = next.node.kind === 'question' ? next.node.prompt.nb : undefined;
    expect(prompt).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(prompt!);
    expect(formOf()).toBe(form);
    expect(screen.getAllByRole('checkbox')[0]).toBe(firstBox);
    expect(screen.getAllByRole('checkbox').filter((box) => (box as HTMLInputElement).checked)).toHaveLength(0);
    // Its own first frame, too: a screenful of rows, then all of them.
    const options = next.node.kind === 'question' ? (next.node.options ?? []) : [];
    expect(options.length).toBeGreaterThan(ROWS_IN_FIRST_FRAME);
    expect(screen.getAllByRole('checkbox')).toHaveLength(ROWS_IN_FIRST_FRAME);
    await waitFor(() => expect(screen.getAllByRole('checkbox')).toHaveLength(options.length));
  });

  it('answers in the button\'s own click, with no form submission after it; Enter in the form still answers', () => {
    const answers: unknown[] = [];
    renderSigns(signs, (v) => answers.push(v));
    const form = screen.getByRole('button', { name: 'Gå videre' }).closest('form')!;
    let submissions = 0;
    form.addEventListener('submit', () => (submissions += 1));
    fireEvent.click(screen.getAllByRole('checkbox')[0]!);
    fireEvent.click(screen.getByRole('button', { name: 'Gå videre' }));
    expect(answers).toEqual([[all[0]]]);
    expect(submissions).toBe(0);
    fireEvent.submit(form); // what the browser does for Enter in a form field
    expect(answers).toEqual([[all[0]], [all[0]]]);
  });
});
