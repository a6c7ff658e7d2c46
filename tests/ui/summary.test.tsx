// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TextsProvider } from '../../src/ui/texts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startWalk, step, viewWalk, type FactValue, type Lang } from '../../src/engine/index';
import { createI18n } from '../../src/i18n/index';
import { Summary } from '../../src/ui/Summary';
import { summaryText } from '../../src/ui/summary';
import { FIXED_NOW, resetBrowserState, runnable } from './helpers';

beforeEach(resetBrowserState);
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const REPORT_PATH: (FactValue | 'continue')[] = ['no', ['bruises'], [], 'continue', 'continue', [], 'yes', 'no', 'no', 'no', 'yes'];

function reportView() {
  const r = runnable('barn');
  let s = startWalk(r);
  for (const a of REPORT_PATH) s = step(r, s, a === 'continue' ? { type: 'CONTINUE' } : { type: 'ANSWER', value: a });
  return { r, view: viewWalk(r, s) };
}

/** The report walk's summary in another language, without notes. */
function summaryIn(lang: Lang): string {
  const { r, view } = reportView();
  return summaryText({ view, lang, t: createI18n(lang).t, now: FIXED_NOW, flowTitle: r.flow.definition.title });
}

describe('summary for the records', () => {
  it('holds date and time, flow id and version, law checked date, answers, disposition and actions with legal basis', () => {
    const { r, view } = reportView();
    const i18n = createI18n('nb');
    const text = summaryText({ view, lang: 'nb', t: i18n.t, now: FIXED_NOW, flowTitle: r.flow.definition.title, notes: 'Barnet sa «pappa slo meg» kl. 09.10.' });
    expect(text).toContain('Tiltakskort – oppsummering');
    expect(text).toMatch(/Dato og tid: 3\. desember 2026/);
    expect(text).toContain('Veileder: Bekymret for et barn – vold og overgrep (barn)');
    expect(text).toContain('Versjon: 1.0.0');
    expect(text).toContain('Lovhenvisninger sjekket: 2026-11-23');
    expect(text).toContain('- Er barnet eller noen andre i fare akkurat nå? Nei');
    expect(text).toContain('- Hva har du lagt merke til hos barnet? Blåmerker, gjerne flere steder på kroppen');
    expect(text).toContain('Anbefaling: Send bekymringsmelding');
    expect(text).toMatch(/1\. Send bekymringsmelding til barnevernet\n {3}Hvem: .+\n {3}Når: .+\n {3}Lovgrunnlag: barnevernsloven § 13-2 \(sjekket 2026-11-23\)/);
    expect(text).toContain('Ikke kontakt foreldrene');
    expect(text).toContain('Notater:\nBarnet sa «pappa slo meg» kl. 09.10.');
  });

  it('is written in the chosen language', () => {
    const text = summaryIn('en');
    expect(text).toContain('Tiltakskort – summary');
    expect(text).toContain('Recommendation: Send a report of concern');
    expect(text).toContain('Legal basis: Child Welfare Act (barnevernsloven) § 13-2 (checked 2026-11-23)');
  });

  it('names the laws as nynorsk writes them (the flows use the bokmål short titles)', () => {
    const text = summaryIn('nn');
    expect(text).toContain('Lovgrunnlag: barnevernslova § 13-2 (sjekka 2026-11-23)');
    expect(text).not.toContain('barnevernsloven');
  });

  it('copies the text with the Clipboard API', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    const { r, view } = reportView();
    render(
      <TextsProvider i18n={createI18n('nb')}>
        <Summary view={view} lang="nb" flowTitle={r.flow.definition.title} notes="" now={FIXED_NOW} />
      </TextsProvider>,
    );
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Kopier som tekst' }));
    expect(writeText).toHaveBeenCalledWith(screen.getByTestId('summary-text').textContent);
    expect(await screen.findByText('Kopiert.')).toBeInTheDocument();
    // A second copy (say, after editing the notes) is announced again: the status empties, then says it.
    const status = screen.getByText('Kopiert.');
    await user.click(screen.getByRole('button', { name: 'Kopier som tekst' }));
    expect(status).toBeEmptyDOMElement();
    await waitFor(() => expect(status).toHaveTextContent('Kopiert.'));
    expect(writeText).toHaveBeenCalledTimes(2);
  });

  it('falls back to a text box when the Clipboard API is missing', async () => {
    const { r, view } = reportView();
    render(
      <TextsProvider i18n={createI18n('nb')}>
        <Summary view={view} lang="nb" flowTitle={r.flow.definition.title} notes="" now={FIXED_NOW} />
      </TextsProvider>,
    );
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    fireEvent.click(screen.getByRole('button', { name: 'Kopier som tekst' }));
    const box = await screen.findByRole('textbox', { name: 'Oppsummering som tekst' });
    expect((box as HTMLTextAreaElement).value).toContain('Anbefaling: Send bekymringsmelding');
    expect(screen.getByText(/Kopiering virket ikke/)).toBeInTheDocument();
  });

  it('has a print button (the print stylesheet hides navigation and buttons)', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const { r, view } = reportView();
    render(
      <TextsProvider i18n={createI18n('nb')}>
        <Summary view={view} lang="nb" flowTitle={r.flow.definition.title} notes="" now={FIXED_NOW} />
      </TextsProvider>,
    );
    const region = screen.getByRole('region', { name: 'Oppsummering til dokumentasjon' });
    fireEvent.click(within(region).getByRole('button', { name: 'Skriv ut' }));
    await waitFor(() => expect(print).toHaveBeenCalled());
  });
});
