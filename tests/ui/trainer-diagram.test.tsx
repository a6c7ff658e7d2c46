// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { TextsProvider } from '../../src/ui/texts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allEdges, indexNodes } from '../../src/engine/graph';
import { createI18n } from '../../src/i18n/index';
import { ensureTrainerStrings } from '../../src/i18n/trainer/index';
import DiagramView from '../../src/ui/trainer/DiagramView';
import { compiledFlows, resetBrowserState, renderApp } from './helpers';
import { trainerSource } from './trainer-helpers';

beforeEach(resetBrowserState);
afterEach(cleanup);

function renderDiagram(id: string, path: string[] = [], compact = false) {
  const flow = compiledFlows().find((f) => f.id === id);
  if (!flow) throw new Error(id);
  const i18n = createI18n('nb');
  ensureTrainerStrings(i18n);
  const utils = render(
    <TextsProvider i18n={i18n}>
      <DiagramView flow={flow} lang="nb" path={path} title={`Flytskjema ${id}`} compact={compact} />
    </TextsProvider>,
  );
  return { ...utils, flow };
}

describe('flow diagram', () => {
  const ids = [...new Set(compiledFlows().map((f) => f.id))];
  it('ships at least the three flows', () => expect(ids).toEqual(expect.arrayContaining(['barn', 'voksen', 'utover'])));

  for (const id of ids) {
    it(`${id}: draws exactly the compiled flow's nodes and edges, and the outline lists every node and way on`, () => {
      const { container, flow } = renderDiagram(id);
      const index = indexNodes(flow.definition);
      const svg = container.querySelector('svg.diagram-svg') as SVGSVGElement;
      const drawn = [...svg.querySelectorAll('g.node')].map((g) => g.getAttribute('data-id')).sort();
      expect(drawn).toEqual([...index.keys()].sort());
      const edges = [...new Set(allEdges(index).flatMap((e) => (e.to && index.has(e.to) ? [`${e.from}→${e.to}`] : [])))].sort();
      const drawnEdges = [...svg.querySelectorAll('g.edge')].map((g) => `${g.getAttribute('data-from')}→${g.getAttribute('data-to')}`).sort();
      expect(drawnEdges).toEqual(edges);
      // Outcomes carry their disposition in words and a double border, not colour alone.
      for (const g of svg.querySelectorAll('g.node-outcome')) {
        expect(g.querySelectorAll('rect')).toHaveLength(2);
        // In the reader's language, not the code: nb here.
        expect(g.textContent).toMatch(/^(AKUTT|AVVERGEPLIKT|BEKYMRINGSMELDING|ANONYM DRØFTING):/);
      }
      // The outline: every node once, and every edge as a way on from its node.
      const outline = screen.getByRole('region', { name: 'Flytskjemaet som liste' });
      const items = [...outline.querySelectorAll('li[data-id]')].map((li) => li.getAttribute('data-id')).sort();
      expect(items).toEqual([...index.keys()].sort());
      const ways = [...outline.querySelectorAll('li[data-id]')].flatMap((li) => [...li.querySelectorAll('li[data-to]')].map((w) => `${li.getAttribute('data-id')}→${w.getAttribute('data-to')}`));
      expect([...new Set(ways)].sort()).toEqual(edges);
      // A decision reads «Vurdering: <id>» once, not the kind twice.
      for (const li of outline.querySelectorAll('li[data-id]')) expect(li.textContent ?? '', li.getAttribute('data-id') ?? '').not.toMatch(/Vurdering: Vurdering/);
    });
  }

  it('highlights the path of a walk, node by node and edge by edge', () => {
    const { container } = renderDiagram('barn', ['acute', 'signs']);
    const on = [...container.querySelectorAll('svg g.node.on-path')].map((g) => g.getAttribute('data-id'));
    expect(on.sort()).toEqual(['acute', 'signs']);
    expect(container.querySelector('svg g.node.here')?.getAttribute('data-id')).toBe('signs');
    expect([...container.querySelectorAll('svg g.edge.on-path')].map((g) => `${g.getAttribute('data-from')}→${g.getAttribute('data-to')}`)).toEqual(['acute→signs']);
    expect(within(screen.getByRole('region', { name: 'Flytskjemaet som liste' })).getAllByText('[på veien]', { exact: false })).toHaveLength(2);
  });

  it('zooms with the buttons and the keyboard, pans with the arrow keys', async () => {
    const { container } = renderDiagram('voksen');
    const g = () => container.querySelector('svg.diagram-svg > g')?.getAttribute('transform');
    expect(screen.getByText('Zoom: 100 %')).toBeInTheDocument();
    // A named group of buttons (Tab between them), not a toolbar, which would promise arrow keys.
    const tools = screen.getByRole('group', { name: 'Verktøy for flytskjemaet' });
    expect(screen.queryByRole('toolbar')).not.toBeInTheDocument();
    within(tools).getByRole('button', { name: 'Zoom inn' }).click();
    expect(await screen.findByText('Zoom: 125 %')).toBeInTheDocument();
    screen.getByRole('button', { name: 'Zoom ut' }).click();
    expect(await screen.findByText('Zoom: 100 %')).toBeInTheDocument();
    const canvas = screen.getByRole('group', { name: 'Flytskjema' });
    const before = g();
    canvas.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
    expect(g()).not.toBe(before);
  });

  it('shows how to move it with the keys as text beside it, and describes the canvas with that text (WCAG 3.3.2)', () => {
    renderDiagram('barn');
    const canvas = screen.getByRole('group', { name: 'Flytskjema' });
    const help = document.getElementById(canvas.getAttribute('aria-describedby') ?? '');
    expect(help?.tagName).toBe('P');
    expect(help).toBeVisible();
    expect(help?.compareDocumentPosition(canvas)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    expect(help).toHaveTextContent('Med tastaturet: gå til skjemaet med Tab, flytt med piltastene, zoom med + og −, og trykk 0 for å tilpasse.');
    expect(help).toHaveTextContent('Det samme står som liste under skjemaet.');
    expect(canvas).toHaveAccessibleDescription(help?.textContent ?? '');
    cleanup();

    // The presenter's chart has no list under it, and does not say so.
    renderDiagram('barn', [], true);
    const compact = screen.getByRole('group', { name: 'Flytskjema' });
    expect(compact).toHaveAccessibleDescription(/trykk 0 for å tilpasse\.$/);
    expect(compact).not.toHaveAccessibleDescription(/liste/);
  });

  it('the route #/trening/diagram/<flow> shows the chart, with export and print', async () => {
    renderApp({ hash: '#/trening/diagram/utover', source: trainerSource() });
    expect(await screen.findByRole('heading', { level: 1, name: /^Flytskjema: / })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Last ned som SVG' }, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Papir' })).toHaveValue('a4-landscape');
    expect(screen.getByRole('button', { name: 'Skriv ut' })).toBeInTheDocument();
    expect(document.querySelectorAll('svg.diagram-svg g.node').length).toBeGreaterThan(10);
  });
});
