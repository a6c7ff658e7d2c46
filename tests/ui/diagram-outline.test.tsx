// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diagramModel } from '../../src/engine/diagram/model';
import type { CompiledFlow, Lang } from '../../src/engine/index';
import { createI18n } from '../../src/i18n/index';
import { ensureTrainerStrings } from '../../src/i18n/trainer/index';
import { TextsProvider } from '../../src/ui/texts';
import { DiagramOutline } from '../../src/ui/trainer/Outline';
import { flow, resetBrowserState } from './helpers';

beforeEach(resetBrowserState);
afterEach(cleanup);

function renderOutline(f: CompiledFlow, lang: Lang) {
  const i18n = createI18n(lang);
  ensureTrainerStrings(i18n);
  render(
    <TextsProvider i18n={i18n}>
      <DiagramOutline flow={f} model={diagramModel(f.definition)} lang={lang} path={[]} />
    </TextsProvider>,
  );
  return (id: string): HTMLElement => {
    const li = screen.getByRole('region').querySelector<HTMLElement>(`li[data-id="${id}"]`);
    if (!li) throw new Error(id);
    return li;
  };
}

describe('the chart as a list names a decision by what it weighs', () => {
  it('shows the decision’s title after its kind, and each rule’s reason as a way on', () => {
    const item = renderOutline(flow('barn'), 'nn');
    const forms = item('forms-route');
    expect(forms.querySelector('.outline-text')).toHaveTextContent(/^Seksuelle overgrep, kjønnslemlesting, tvangsekteskap eller utlandet\?$/);
    expect(forms).toHaveTextContent(/^Vurdering: Seksuelle overgrep/);
    // The reason, a whole sentence, reads better in a list than the chart's short label.
    expect(forms.querySelector('li[data-to="happens-soon"]')).toHaveTextContent(/^Du mistenkjer kjønnslemlesting, tvangsekteskap eller at barnet blir sendt til utlandet mot viljen sin\./);
  });

  it('falls back to the id for a flow written before decisions had titles', () => {
    const barn = flow('barn');
    const definition = structuredClone(barn.definition);
    for (const n of Object.values(definition.phases).flat()) if (n.kind === 'decision') delete n.title;
    const item = renderOutline({ ...barn, definition }, 'nb');
    expect(item('forms-route').querySelector('.outline-text')).toHaveTextContent(/^forms-route$/);
  });
});
