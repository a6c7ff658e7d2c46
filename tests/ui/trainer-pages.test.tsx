// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { indexNodes } from '../../src/engine/graph';
import type { CompiledFlow } from '../../src/engine/index';
import type { ShippedScenario } from '../../src/ui/trainer/library';
import { WALK_STORAGE_KEY } from '../../src/ui/walk/storage';
import { flow, renderApp, resetBrowserState } from './helpers';
import { exampleFlows, trainerSource } from './trainer-helpers';

beforeEach(resetBrowserState);
afterEach(cleanup);

const LONG = { timeout: 15_000 };
const h1 = () => screen.getByRole('heading', { level: 1 });

/** Answer the screen on show the way the scenario says (or with `override` for a node). */
async function walkScenario(user: UserEvent, f: CompiledFlow, scenario: ShippedScenario, override: Record<string, string | string[]> = {}) {
  const byPrompt = new Map([...indexNodes(f.definition).values()].flatMap(({ node }) => (node.kind === 'question' ? [[node.prompt.nb ?? '', node] as const] : [])));
  for (let i = 0; i < 60; i++) {
    if (screen.queryByTestId('practice-feedback')) return;
    const heading = h1().textContent ?? '';
    const q = byPrompt.get(heading);
    if (!q) {
      await user.click(screen.getByRole('button', { name: 'Gå videre' }));
      continue;
    }
    const answer = override[q.id] ?? scenario.answers[q.id];
    if (answer === undefined) throw new Error(`no answer for ${q.id}`);
    await answerOn(user, q.answer, answer);
  }
  throw new Error('the walk did not end');
}

/** Yes/no answers at once with its buttons; choices and checklists are picked and then submitted. */
async function answerOn(user: UserEvent, kind: 'yesno' | 'choice' | 'checklist', answer: string | string[]) {
  const card = h1().closest('form, .card') as HTMLElement;
  if (kind === 'yesno') {
    await user.click(card.querySelector(`button[value="${answer as string}"]`) as HTMLButtonElement);
    return;
  }
  for (const v of Array.isArray(answer) ? answer : [answer]) await user.click(card.querySelector(`input[value="${v}"]`) as HTMLInputElement);
  await user.click(card.querySelector('button[type="submit"]') as HTMLButtonElement);
}

async function scenario(id: string, file: string): Promise<ShippedScenario> {
  const s = (await trainerSource().scenarios(id)).scenarios.find((x) => x.id === file);
  if (!s) throw new Error(file);
  return s;
}

describe('trainer hub', () => {
  it('lists every flow with its tools and vignettes, and is linked from the footer', async () => {
    const user = userEvent.setup();
    renderApp({ source: trainerSource() });
    await user.click(screen.getByRole('link', { name: 'For opplæring' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'For opplæring' }, LONG)).toBeInTheDocument();
    for (const id of ['barn', 'voksen', 'utover']) {
      const section = document.querySelector(`section[data-flow="${id}"]`) as HTMLElement;
      expect(within(section).getByRole('link', { name: 'Flytskjema' })).toHaveAttribute('href', `#/trening/diagram/${id}`);
      expect(within(section).getByRole('link', { name: /Presentasjonsmodus/ })).toHaveAttribute('href', `#/trening/presenter/${id}`);
      expect(within(section).getByRole('link', { name: 'Hva er endret' })).toHaveAttribute('href', `#/trening/endringer/${id}`);
      await waitFor(() => expect(section.querySelectorAll(`a[href^="#/trening/ov/${id}/"]`).length).toBeGreaterThan(5));
    }
  });
});

describe('practice mode', () => {
  it('a right walk: the feedback says so, and practice is marked on every screen with nothing stored', async () => {
    const user = userEvent.setup();
    const s = await scenario('barn', '02-skole-blaamerker-fysiske-skader');
    renderApp({ hash: '#/trening/ov/barn/02-skole-blaamerker-fysiske-skader', source: trainerSource() });
    await screen.findByRole('heading', { level: 1, name: 'Er barnet eller noen andre i fare akkurat nå?' }, LONG);
    expect(screen.getByText(/I gymtimen ser læreren/)).toBeInTheDocument();
    // The hint shows what the vignette expects here.
    await user.click(screen.getByRole('button', { name: 'Vis svaret saken forventer her' }));
    expect(screen.getByText('Saken forventer: Nei')).toBeInTheDocument();
    let screens = 0;
    const banner = () => expect(screen.getByTestId('practice-banner')).toHaveTextContent('Øvingsmodus');
    banner();
    await walkScenario(user, flow('barn'), s);
    banner();
    screens++;
    const feedback = screen.getByTestId('practice-feedback');
    expect(feedback).toHaveTextContent('Riktig!');
    expect(within(feedback).getByTestId('your-disposition')).toHaveTextContent('(riktig)');
    expect(within(feedback).getAllByRole('listitem').filter((li) => li.classList.contains('not-ok'))).toEqual([]);
    expect(screen.getByRole('heading', { name: 'Slik kom du hit' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Slik kommer saken fram' })).toBeInTheDocument();
    expect(screens).toBe(1);
    expect(sessionStorage.getItem(WALK_STORAGE_KEY)).toBeNull();
    expect(localStorage.length).toBeLessThanOrEqual(1); // at most the language choice
  });

  it('focuses the case on arrival (it comes before the first question), then each new question', async () => {
    const user = userEvent.setup();
    renderApp({ hash: '#/trening/ov/barn/02-skole-blaamerker-fysiske-skader', source: trainerSource() });
    await screen.findByRole('heading', { level: 1, name: 'Er barnet eller noen andre i fare akkurat nå?' }, LONG);
    await waitFor(() => expect(document.querySelector('.vignette summary')).toHaveFocus());
    expect(document.activeElement).toHaveTextContent(/^Saken: /);
    await user.click(screen.getByRole('button', { name: 'Nei' }));
    await waitFor(() => expect(h1()).toHaveFocus());
    expect(h1()).toHaveTextContent('Hva har du lagt merke til hos barnet?');
  });

  it('names each recommendation by its page heading and title, so a wrong outcome of the right level is told apart', async () => {
    const user = userEvent.setup();
    const s = await scenario('voksen', 'mann-utsatt-vil-ha-hjelp');
    renderApp({ hash: '#/trening/ov/voksen/mann-utsatt-vil-ha-hjelp', source: trainerSource() });
    await screen.findByRole('heading', { level: 1, name: 'Er noen i fare akkurat nå?' }, LONG);
    // «Not ready» instead of «wants help»: a consultation too, but not the one the vignette expects.
    await walkScenario(user, flow('voksen'), s, { wishes: 'not-ready' });
    const feedback = screen.getByTestId('practice-feedback');
    expect(feedback).toHaveTextContent('Ikke helt');
    expect(within(feedback).getByTestId('your-disposition')).toHaveTextContent(/^Drøft saken anonymt – .+\(feil\)$/);
    expect(within(feedback).getByTestId('expected-disposition')).toHaveTextContent(/^Hjelp personen videre – /);
  });

  it("names the actions as the vignette's role sees them: a neighbour talks to someone they trust", async () => {
    const user = userEvent.setup();
    const s = await scenario('barn', 'role-6-privat');
    renderApp({ hash: '#/trening/ov/barn/role-6-privat', source: trainerSource() });
    await screen.findByRole('heading', { level: 1, name: 'Er barnet eller noen andre i fare akkurat nå?' }, LONG);
    expect(screen.getByText('Du er privatperson eller nabo, ikke på jobb.')).toBeInTheDocument();
    await walkScenario(user, flow('barn'), s);
    const feedback = screen.getByTestId('practice-feedback');
    expect(feedback).toHaveTextContent('Snakk med noen du stoler på');
    expect(feedback).not.toHaveTextContent('Informer lederen din');
  });

  it('a wrong walk: the feedback shows the expected outcome and why; back lets you try another answer', async () => {
    const user = userEvent.setup();
    const s = await scenario('barn', '14-barnehage-vitne-til-vold');
    expect(s.expect.disposition).toBe('bekymringsmelding');
    renderApp({ hash: '#/trening/ov/barn/14-barnehage-vitne-til-vold', source: trainerSource() });
    await screen.findByRole('heading', { level: 1, name: 'Er barnet eller noen andre i fare akkurat nå?' }, LONG);
    await walkScenario(user, flow('barn'), s, { acute: 'yes' });
    const feedback = screen.getByTestId('practice-feedback');
    expect(feedback).toHaveTextContent('Ikke helt');
    expect(within(feedback).getByTestId('your-disposition')).toHaveTextContent('(feil)');
    expect(within(feedback).getByTestId('expected-disposition')).toHaveTextContent(/bekymringsmelding/i);
    expect(within(feedback).getAllByRole('listitem').some((li) => li.classList.contains('not-ok'))).toBe(true);
    expect(screen.getByTestId('practice-banner')).toBeInTheDocument();
    // Go back and answer as the vignette does: now it is right.
    await user.click(screen.getByRole('button', { name: /Tilbake/ }));
    expect(h1()).toHaveTextContent('Er barnet eller noen andre i fare akkurat nå?');
    await walkScenario(user, flow('barn'), s);
    expect(screen.getByTestId('practice-feedback')).toHaveTextContent('Riktig!');
  });

  it('an unknown vignette says so', async () => {
    renderApp({ hash: '#/trening/ov/barn/finnes-ikke', source: trainerSource() });
    expect(await screen.findByRole('heading', { level: 1, name: 'Fant ikke øvingssaken.' }, LONG)).toBeInTheDocument();
  });
});

describe('presenter mode', () => {
  it('steps with the keyboard, leaves form controls alone, toggles the chart and the shortcuts', async () => {
    const user = userEvent.setup();
    renderApp({ hash: '#/trening/presenter/barn', source: trainerSource() });
    await screen.findByRole('heading', { level: 1, name: 'Er barnet eller noen andre i fare akkurat nå?' }, LONG);
    await waitFor(() => expect(h1()).toHaveFocus());
    expect(await screen.findByRole('img', { name: /^Flytskjema: / }, LONG)).toBeInTheDocument();
    await user.keyboard('2'); // Nei
    expect(h1()).toHaveTextContent('Hva har du lagt merke til hos barnet?');
    await user.keyboard('{ArrowLeft}');
    expect(h1()).toHaveTextContent('Er barnet eller noen andre i fare akkurat nå?');
    await user.keyboard('2');
    expect(h1()).toHaveTextContent('Hva har du lagt merke til hos barnet?');
    // Focus in a form control: the keys are the control's.
    const first = screen.getAllByRole('checkbox')[0] as HTMLInputElement;
    first.focus();
    await user.keyboard('{ArrowRight}');
    expect(h1()).toHaveTextContent('Hva har du lagt merke til hos barnet?');
    h1().focus();
    await user.keyboard('1'); // checks the first item
    expect(first).toBeChecked();
    await user.keyboard('{ArrowRight}'); // submits the checklist
    expect(h1()).toHaveTextContent('Har du sett, hørt eller fått fortalt noe');
    expect(document.querySelectorAll('svg.diagram-svg g.node.on-path').length).toBeGreaterThanOrEqual(3);
    await user.keyboard('?');
    expect(screen.getByRole('region', { name: 'Hurtigtaster' })).toBeVisible();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Hurtigtaster' })).not.toBeInTheDocument();
    await user.keyboard('d');
    expect(screen.queryByRole('img', { name: /^Flytskjema: / })).not.toBeInTheDocument();
    await user.keyboard('r');
    expect(h1()).toHaveTextContent('Er barnet eller noen andre i fare akkurat nå?');
  });

  it('hiding the shortcuts or the chart while focus is in it gives focus to the button that shows it again', async () => {
    const user = userEvent.setup();
    renderApp({ hash: '#/trening/presenter/barn', source: trainerSource() });
    await screen.findByRole('heading', { level: 1, name: 'Er barnet eller noen andre i fare akkurat nå?' }, LONG);
    const keysButton = screen.getByRole('button', { name: 'Hurtigtaster (?)' });
    await user.click(keysButton);
    await user.click(screen.getByRole('button', { name: 'Lukk' }));
    expect(screen.queryByRole('region', { name: 'Hurtigtaster' })).not.toBeInTheDocument();
    expect(keysButton).toHaveFocus();
    await user.click(keysButton);
    screen.getByRole('button', { name: 'Hurtigtaster med én bokstav, et tall eller ?' }).focus();
    await user.keyboard('{Escape}');
    expect(keysButton).toHaveFocus();
    const chart = await screen.findByRole('img', { name: /^Flytskjema: / }, LONG);
    (chart.closest('[tabindex="0"]') as HTMLElement).focus();
    await user.keyboard('d');
    expect(screen.queryByRole('img', { name: /^Flytskjema: / })).not.toBeInTheDocument();
    const chartButton = screen.getByRole('button', { name: 'Vis flytskjema (D)' });
    expect(chartButton).toHaveFocus();
    expect(chartButton).not.toHaveAttribute('aria-pressed');
  });

  it('single-character shortcuts can be turned off (WCAG 2.1.4); the arrows still step', async () => {
    const user = userEvent.setup();
    renderApp({ hash: '#/trening/presenter/barn', source: trainerSource() });
    await screen.findByRole('heading', { level: 1, name: 'Er barnet eller noen andre i fare akkurat nå?' }, LONG);
    await user.click(screen.getByRole('button', { name: 'Hurtigtaster (?)' }));
    const toggle = screen.getByRole('button', { name: 'Hurtigtaster med én bokstav, et tall eller ?' });
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    h1().focus();
    await user.keyboard('2'); // would answer «Nei»
    expect(h1()).toHaveTextContent('Er barnet eller noen andre i fare akkurat nå?');
    await user.keyboard('d'); // would hide the chart
    expect(await screen.findByRole('img', { name: /^Flytskjema: / }, LONG)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Nei' }));
    expect(h1()).toHaveTextContent('Hva har du lagt merke til hos barnet?');
    await user.keyboard('{ArrowLeft}');
    expect(h1()).toHaveTextContent('Er barnet eller noen andre i fare akkurat nå?');
  });
});

describe('what changed', () => {
  it('says plainly when there is only one version', async () => {
    renderApp({ hash: '#/trening/endringer/barn', source: trainerSource() });
    expect(await screen.findByTestId('changes-only', {}, LONG)).toHaveTextContent('Det finnes bare én versjon av denne veilederen (1.0.0)');
  });

  it('shows added nodes, text changes per language with before and after, and changed rules', async () => {
    const flows = exampleFlows();
    renderApp({ hash: '#/trening/endringer/example?fra=1.0.0&til=1.1.0', source: trainerSource(flows, 'tests/fixtures/example/flows') });
    const diff = await screen.findByTestId('diff', {}, LONG);
    expect(diff).toHaveTextContent('example@1.0.0 → example@1.1.0');
    const added = screen.getByRole('region', { name: 'Nye steg' });
    expect(within(added).getByText('listen')).toBeInTheDocument();
    const changed = screen.getByRole('region', { name: 'Endrede steg' });
    expect(within(changed).getAllByRole('table').length).toBeGreaterThan(0);
    expect(changed.querySelector('del')).not.toBeNull();
    expect(changed.querySelector('ins')).not.toBeNull();
    expect(within(changed).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(expect.arrayContaining(['Tekst', 'Regler']));
    // A decision is named by its title, as in the chart, with its id beside it for the author.
    const route = changed.querySelector('article[data-id="route"] h3');
    expect(route).toHaveTextContent(/route: Hva er neste steg\?$/);
    // Texts say which language, and mark their cells with it; rules have no language column.
    const columns = (table: HTMLElement) => within(table).getAllByRole('columnheader').map((c) => c.textContent);
    const tables = within(changed).getAllByRole('table');
    const texts = tables.filter((table) => columns(table).includes('Språk'));
    expect(texts.length).toBeGreaterThan(0);
    expect(columns(texts[0]!)).toEqual(['Felt', 'Språk', 'Før', 'Etter']);
    expect(texts[0]!.querySelector('td[lang] del, td[lang] ins, td[lang] em')).not.toBeNull();
    const fields = tables.filter((table) => !columns(table).includes('Språk'));
    expect(fields.length).toBeGreaterThan(0);
    expect(columns(fields[0]!)).toEqual(['Felt', 'Før', 'Etter']);
    expect(fields[0]!.querySelector('td[lang]')).toBeNull();
  });
});

describe('case discussion plan', () => {
  it('opens from the outcome screen, prefilled from the actions, with a follow-up three weeks after the report', async () => {
    const user = userEvent.setup();
    // The plan lives on the real outcome screen: walk the flow itself to a report.
    const s = await scenario('barn', '14-barnehage-vitne-til-vold');
    renderApp({ hash: '#/barn', source: trainerSource() });
    await screen.findByRole('heading', { level: 1, name: 'Er barnet eller noen andre i fare akkurat nå?' }, LONG);
    await walkToOutcome(user, flow('barn'), s.answers);
    // The button opens the plan in its place and is gone while it is open: it claims no expanded state.
    const open = screen.getByRole('button', { name: 'Lag plan for hvem gjør hva når' });
    expect(open).not.toHaveAttribute('aria-expanded');
    await user.click(open);
    const plan = await screen.findByTestId('plan', {}, LONG);
    expect(within(plan).getByRole('heading', { level: 2, name: 'Plan: hvem gjør hva når' })).toBeInTheDocument();
    expect(within(plan).getByRole('heading', { name: 'Oppfølging: sjekk tilbakemelding fra barnevernet' })).toBeInTheDocument();
    // What everyone keeps to is not a task to hand out, but it is on the plan: the parents may be involved.
    const standing = within(plan).getByRole('region', { name: 'Husk hele veien' });
    expect(standing).toHaveTextContent('Ikke kontakt foreldrene');
    const report = plan.querySelector('li[data-row="bekymringsmelding"] input[type="datetime-local"]') as HTMLInputElement;
    const follow = plan.querySelector('li[data-row="follow-up"] input[type="datetime-local"]') as HTMLInputElement;
    const days = (new Date(follow.value).getTime() - new Date(report.value).getTime()) / 86_400_000;
    expect(Math.round(days)).toBe(21);
    // Every field is named by its task and its label, so a list of the form's fields tells the rows apart.
    expect(within(plan).getByRole('textbox', { name: 'Oppfølging: sjekk tilbakemelding fra barnevernet Hvem (rolle)' })).toBe(
      plan.querySelector('li[data-row="follow-up"] input[type="text"]'),
    );
    expect(follow).toHaveAccessibleName('Oppfølging: sjekk tilbakemelding fra barnevernet Frist');
    for (const row of plan.querySelectorAll('li.plan-row')) {
      const task = row.querySelector('h3')?.textContent ?? '';
      expect(row.querySelector('input[type="text"]')).toHaveAccessibleName(`${task} Hvem (rolle)`);
      expect(row.querySelector('input[type="datetime-local"]')).toHaveAccessibleName(`${task} Frist`);
    }
    expect(within(plan).getByRole('button', { name: 'Last ned påminnelser (.ics)' })).toBeInTheDocument();
    expect(within(plan).getByRole('button', { name: 'Kopier planen' })).toBeInTheDocument();
    expect(within(plan).getByRole('button', { name: 'Skriv ut planen' })).toBeInTheDocument();
    // «Legg til punkt»: the new row takes focus, its placeholder selected to be typed over.
    await user.click(within(plan).getByRole('button', { name: 'Legg til punkt' }));
    const task = within(plan).getByDisplayValue('Nytt punkt') as HTMLInputElement;
    await waitFor(() => expect(task).toHaveFocus());
    expect([task.selectionStart, task.selectionEnd]).toEqual([0, 'Nytt punkt'.length]);
    await user.keyboard('Drøft med helsesykepleier');
    expect(task).toHaveValue('Drøft med helsesykepleier');
    // A row of one's own is named by what was typed as its task.
    expect(within(plan).getByRole('textbox', { name: 'Drøft med helsesykepleier Hvem (rolle)' })).toBeInTheDocument();
  });
});

async function walkToOutcome(user: UserEvent, f: CompiledFlow, answers: Record<string, string | string[]>) {
  const byPrompt = new Map([...indexNodes(f.definition).values()].flatMap(({ node }) => (node.kind === 'question' ? [[node.prompt.nb ?? '', node] as const] : [])));
  for (let i = 0; i < 60; i++) {
    if (screen.queryByRole('button', { name: 'Lag plan for hvem gjør hva når' })) return;
    const q = byPrompt.get(h1().textContent ?? '');
    if (!q) {
      await user.click(screen.getByRole('button', { name: 'Gå videre' }));
      continue;
    }
    await answerOn(user, q.answer, answers[q.id] ?? []);
  }
  throw new Error('no outcome');
}
