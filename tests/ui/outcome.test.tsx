// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario, runScenario } from '../../src/engine/scenarios';
import { startWalk, step, viewWalk, type FactValue, type Role, type Runnable, type WalkSnapshot, type WalkView } from '../../src/engine/index';
import { createI18n, pick } from '../../src/i18n/index';
import { OutcomeView } from '../../src/ui/OutcomeView';
import { TextsProvider } from '../../src/ui/texts';
import { FIXED_NOW, renderApp, resetBrowserState, runnable } from './helpers';

beforeEach(resetBrowserState);
afterEach(cleanup);

/** Walk a flow by events with the engine, to render views from plain props. */
function walk(r: Runnable, answers: (FactValue | 'continue')[]): WalkSnapshot {
  let s = startWalk(r);
  for (const a of answers) s = step(r, s, a === 'continue' ? { type: 'CONTINUE' } : { type: 'ANSWER', value: a });
  return s;
}

function renderOutcome(r: Runnable, s: WalkSnapshot, extra: { onBack?: () => void; role?: Role } = {}) {
  return renderView(r, viewWalk(r, s, { role: extra.role }), extra);
}

/** The outcome a shipped scenario walks to (flows/<flow>/scenarios/<name>.yaml). */
function scenarioOutcome(flowId: string, name: string): { r: Runnable; view: WalkView } {
  const r = runnable(flowId);
  const file = `flows/${flowId}/scenarios/${name}.yaml`;
  const loaded = loadScenario(file, readFileSync(file, 'utf8'));
  if (loaded.status === 'failure') throw new Error(`${file}: ${loaded.problems.map((p) => p.message).join('; ')}`);
  const { end } = runScenario(r, loaded.value);
  if (!end?.outcome) throw new Error(`${file} does not reach an outcome`);
  return { r, view: end };
}

function renderView(r: Runnable, view: WalkView, extra: { onBack?: () => void; role?: Role } = {}) {
  const i18n = createI18n('nb');
  render(
    <TextsProvider i18n={i18n}>
      <OutcomeView
        view={view}
        lang="nb"
        flowTitle={r.flow.definition.title}
        notes=""
        onNotesChange={() => {}}
        draft={{}}
        onDraftChange={() => {}}
        onBack={extra.onBack ?? (() => {})}
        onRestart={() => {}}
        now={FIXED_NOW}
        role={extra.role}
      />
    </TextsProvider>,
  );
  return view;
}

// barn: no danger now → no signs → no forms → 2 guidance cards → no acute triggers → reason to believe → …
const REPORT_PATH: (FactValue | 'continue')[] = ['no', [], [], 'continue', 'continue', [], 'yes', 'no', 'no', 'no', 'yes'];

describe('outcome', () => {
  it('acute: headline in plain words, ordered action cards, tap-to-call numbers, guardian warning on top', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('link', { name: /Jeg er bekymret for et barn/ }));
    await screen.findByRole('heading', { level: 1, name: /i fare akkurat nå/ });
    await user.click(screen.getByRole('button', { name: 'Ja' }));

    // Two taps from the start page: the police number and what to say.
    const h1 = screen.getByRole('heading', { level: 1 });
    expect(h1).toHaveTextContent('Ring politiet nå');
    const actions = screen.getByRole('region', { name: /Dette gjør du/ });
    const cards = within(actions).getAllByRole('article');
    expect(cards[0]).toHaveAttribute('data-action', 'call-112');
    // «Ring 112.» in the card's text: the sentence says «Ring», so the link is the number alone.
    expect(within(cards[0]!).getByRole('link', { name: '112' })).toHaveAttribute('href', 'tel:112');
    expect(cards[0]).toHaveTextContent(/hva du har sett eller hørt/);
    expect(cards[0]).toHaveTextContent('Hvem');
    expect(cards[0]).toHaveTextContent('Når');
    expect(cards[0]).toHaveTextContent('straffeloven § 196');
    expect(cards[1]).toHaveAttribute('data-action', 'notify-barnevern-now');

    // The guardian rule is prominent, above the actions.
    const warning = screen.getByTestId('warning-do-not-contact-guardians');
    expect(warning).toHaveTextContent('Ikke kontakt foreldrene');
    expect(warning.compareDocumentPosition(actions) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    // Phase: HANDLE is current.
    const phases = screen.getByRole('list', { name: 'Steg i veiledningen' });
    expect(within(phases).getAllByRole('listitem').find((li) => li.getAttribute('aria-current') === 'step')).toHaveTextContent('HANDLE');
  });

  it('«Hvorfor?» lists the answers, the rules with reasons, legal references with checked dates and sources', () => {
    const r = runnable('barn');
    const view = renderOutcome(r, walk(r, REPORT_PATH));
    expect(view.outcome?.disposition).toBe('bekymringsmelding');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Send bekymringsmelding');
    const why = screen.getByRole('region', { name: 'Hvorfor?' });
    expect(why).toHaveTextContent('Hva har du lagt merke til hos barnet?');
    expect(why).toHaveTextContent('Ingen kryss'); // empty checklist answer
    const rule = view.outcome!.explanation.rules.find((x) => x.reason)!;
    expect(why).toHaveTextContent(rule.reason!.nb!);
    expect(within(why).getByRole('link', { name: 'barnevernsloven § 13-2' })).toHaveAttribute('href', expect.stringContaining('lovdata.no'));
    expect(why).toHaveTextContent('sjekket 2026-11-23');
    // A plan by its name, never by its seed file; the section as the plan words it.
    expect(why).toHaveTextContent('Hallingdal – interkommunal handlingsplan mot vold i nære relasjoner 2021–2024, Vedlegg 1 – HANDLE');
    expect(why).not.toHaveTextContent('.txt');
    // The sections and pages cited are Norwegian whatever the page's language (WCAG 3.1.2).
    const cited = within(why).getAllByRole('listitem').filter((li) => li.closest('ul.sources'));
    expect(cited.length).toBeGreaterThan(0);
    for (const li of cited) expect(li.querySelector('[lang="nb"]')).not.toBeNull();
  });

  it('warns, above the actions, against telling the person who uses violence — in words for an adult, not «the parents»', () => {
    const { r, view } = scenarioOutcome('voksen', 'vapen-i-hjemmet');
    renderView(r, view);
    const warning = screen.getByTestId('warning-do-not-tell-person-using-violence');
    expect(within(warning).getByRole('heading', { level: 2 })).toHaveTextContent('Viktig: Ikke fortell den som utøver vold hva du har varslet eller meldt');
    expect(warning).toHaveTextContent(/heller ikke når hun eller han er pårørende/);
    expect(screen.queryByText(/Ikke kontakt foreldrene/)).not.toBeInTheDocument();
    const actions = screen.getByRole('region', { name: /Dette gjør du/ });
    expect(warning.compareDocumentPosition(actions) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('says under the headline which answers led here, when a rule did — so an acute headline after «Nei» to danger now is not a riddle', () => {
    // Scenario 11: «Nei» to danger now and no acute trigger ticked, but bruises and physical violence.
    const { r, view } = scenarioOutcome('barn', '11-blaamerker-og-slag-uten-avkrysset-utloser');
    renderView(r, view);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Ring politiet nå');
    const why = screen.getByTestId('decided-by');
    expect(why).toHaveTextContent(/^Hvorfor dette: /);
    expect(why.textContent).toContain(pick(view.outcome!.explanation.rules.at(-1)!.reason, 'nb'));
    const actions = screen.getByRole('region', { name: /Dette gjør du/ });
    expect(why.compareDocumentPosition(actions) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('says nothing more when the answer itself was the reason («Ja» to danger now)', () => {
    const r = runnable('barn');
    renderOutcome(r, walk(r, ['yes']));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Ring politiet nå');
    expect(screen.queryByTestId('decided-by')).not.toBeInTheDocument();
  });

  it('shows both warnings when a child may be married off: the family is not told, nor the person who uses violence', () => {
    const { r, view } = scenarioOutcome('voksen', 'tvangsekteskap-datter-15');
    renderView(r, view);
    expect(screen.getByTestId('warning-do-not-contact-guardians')).toHaveTextContent(/sendt ut av landet/);
    expect(screen.getByTestId('warning-do-not-tell-person-using-violence')).toHaveTextContent(/ringt politiet/);
  });

  it('shows the guardian warning when the guardians may be involved, and not when they are not', () => {
    const r = runnable('barn');
    renderOutcome(r, walk(r, REPORT_PATH));
    expect(screen.getByTestId('warning-do-not-contact-guardians')).toBeInTheDocument();
    cleanup();
    // «Nei» on the parents, and on a suspect outside the family.
    renderOutcome(r, walk(r, [...REPORT_PATH.slice(0, -1), 'no', 'no']));
    expect(screen.queryByTestId('warning-do-not-contact-guardians')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: /Snakk med foreldrene/ })).toBeInTheDocument();
  });

  it('offers the bekymringsmelding helper with the five parts, whether the parents were told, and where to send it', () => {
    const r = runnable('barn');
    renderOutcome(r, walk(r, REPORT_PATH));
    const helper = screen.getByRole('region', { name: 'Hjelp til bekymringsmeldingen' });
    // Under «Dokumentasjon» (h2): the helper and the summary are h3.
    expect(within(helper).getByRole('heading', { level: 3, name: 'Hjelp til bekymringsmeldingen' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Oppsummering til dokumentasjon' })).toBeInTheDocument();
    for (const label of ['Om barnet', 'Hvorfor er du bekymret?', 'Hva har du sett, hørt eller observert, og når?', 'Kontaktperson hos dere', 'Hva er gjort allerede?', 'Er foreldrene informert? Hvis ikke: hvorfor ikke?']) {
      expect(within(helper).getByLabelText(label)).toBeInstanceOf(HTMLTextAreaElement);
    }
    // The Fiks form asks whether the guardians were told; the hint says when they must not be.
    expect(within(helper).getByLabelText('Er foreldrene informert? Hvis ikke: hvorfor ikke?')).toHaveAccessibleDescription(/skal foreldrene ikke informeres/);
    expect(helper).toHaveTextContent('Fiks bekymringsmelding');
    expect(helper).toHaveTextContent('har du selv plikt til å gjøre det');
    expect(helper).toHaveTextContent('Ikke skriv navn');
  });

  it('tells a neighbour who has called 112 what is theirs to do: no leader, no unit, no plan with a leader', () => {
    const r = runnable('barn');
    renderOutcome(r, walk(r, ['yes']), { role: 'privat' });
    const actions = screen.getByRole('region', { name: /Dette gjør du/ });
    expect(actions).not.toHaveTextContent(/lederen din|leder og gjerne en kollega|enhetens/);
    expect(within(actions).getByRole('heading', { level: 3, name: /Skriv ned hvem du har snakket med/ })).toBeInTheDocument();
    expect(actions).toHaveTextContent('kan du be politiet varsle barnevernvakta');
  });

  it('gives a private person (a neighbour) the helper without the unit and the public form: no contact person, no leader', () => {
    const r = runnable('barn');
    renderOutcome(r, walk(r, REPORT_PATH), { role: 'privat' });
    const helper = screen.getByRole('region', { name: 'Hjelp til bekymringsmeldingen' });
    expect(within(helper).getByLabelText('Hva har du sett, hørt eller observert, og når?')).toBeInstanceOf(HTMLTextAreaElement);
    expect(within(helper).queryByLabelText('Kontaktperson hos dere')).not.toBeInTheDocument();
    expect(within(helper).queryByLabelText(/Er foreldrene informert/)).not.toBeInTheDocument();
    expect(helper).toHaveTextContent('Som privatperson kan du ringe barnevernet');
    expect(helper).not.toHaveTextContent('lederen din');
  });

  it('has no bekymringsmelding helper on an outcome without a report', () => {
    const r = runnable('barn');
    renderOutcome(r, walk(r, [...REPORT_PATH.slice(0, 6), 'no', 'no', 'no', 'no', 'no', 'no']));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Drøft saken anonymt');
    expect(screen.queryByRole('region', { name: 'Hjelp til bekymringsmeldingen' })).not.toBeInTheDocument();
  });

  it('Back from the outcome calls back', async () => {
    const user = userEvent.setup();
    const r = runnable('barn');
    const onBack = vi.fn();
    renderOutcome(r, walk(r, ['yes']), { onBack });
    await user.click(screen.getByRole('button', { name: /Tilbake/ }));
    expect(onBack).toHaveBeenCalledOnce();
  });
});

export async function toAcute(user: UserEvent) {
  await user.click(screen.getByRole('link', { name: /Jeg er bekymret for et barn/ }));
  await screen.findByRole('heading', { level: 1, name: /i fare akkurat nå/ });
  await user.click(screen.getByRole('button', { name: 'Ja' }));
}
