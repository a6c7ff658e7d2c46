import { describe, expect, it } from 'vitest';
import { diagramModel, layoutDiagram, LANGS, prepare, toDot, toMermaid, toSvg, type CompiledFlow } from '../../src/engine/authoring';
import { BACK_STATE } from '../../src/engine/machine';
import { allEdges, indexNodes } from '../../src/engine/graph';
import { compiledIn, EXAMPLE_DIR } from './helpers';

const flows: CompiledFlow[] = [...compiledIn('flows'), ...compiledIn(EXAMPLE_DIR)];

describe.each(flows.map((f) => [`${f.id}@${f.version}`, f] as const))('the diagram of %s', (_name, flow) => {
  const def = flow.definition;
  const index = indexNodes(def);
  const model = diagramModel(def);

  it('has exactly the flow’s nodes, with their kind and phase', () => {
    expect(model.nodes.map((n) => [n.id, n.kind, n.phase])).toEqual([...index.values()].map(({ node, phase }) => [node.id, node.kind, phase]));
  });

  it('has exactly the flow’s edges, one per pair of nodes', () => {
    const pairs = [...new Set(allEdges(index).map((e) => `${e.from} → ${e.to}`))];
    expect(model.edges.map((e) => `${e.from} → ${e.to}`)).toEqual(pairs);
  });

  it('draws the same ways on as the machine the walk runs on', () => {
    // Read from the compiled xstate machine, not from the definition: the picture cannot drift from the logic.
    const machine = prepare(flow).machine;
    const pairs = new Set<string>();
    for (const [id, state] of Object.entries(machine.root.states)) {
      if (id === BACK_STATE) continue;
      const transitions = [...[...state.transitions.entries()].filter(([event]) => event !== 'BACK').flatMap(([, ts]) => ts), ...(state.always ?? [])];
      for (const t of transitions) for (const target of t.target ?? []) pairs.add(`${id} → ${target.key}`);
    }
    expect(new Set(model.edges.map((e) => `${e.from} → ${e.to}`))).toEqual(pairs);
  });

  it('labels every node in every language, and outcomes with their disposition', () => {
    for (const n of model.nodes) for (const lang of LANGS) expect(n.label[lang], `${n.id} [${lang}]`).toBeTruthy();
    for (const n of model.nodes.filter((x) => x.kind === 'outcome')) expect(n.disposition).toBeDefined();
  });

  it('labels the edges out of a yes/no question with the answers that take them', () => {
    for (const e of model.edges) {
      const from = index.get(e.from)?.node;
      if (from?.kind === 'question' && from.answer === 'yesno') expect(e.label.en).toMatch(/^(Yes|No|Unsure)( \/ (Yes|No|Unsure))*$/);
    }
  });

  it('lays out every node at a finite place inside the drawing', () => {
    const layout = layoutDiagram(model, 'nb');
    expect(layout.nodes.map((n) => n.id)).toEqual(model.nodes.map((n) => n.id));
    for (const n of layout.nodes) {
      expect(Number.isFinite(n.x) && Number.isFinite(n.y)).toBe(true);
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x).toBeLessThanOrEqual(layout.width);
    }
    const svg = toSvg(layout, 'nb');
    expect(svg.match(/<g class="node /g)).toHaveLength(model.nodes.length);
    expect(svg.match(/<g class="edge/g)).toHaveLength(model.edges.length);
  });

  it('writes one mermaid node and one dot node per node', () => {
    expect(toMermaid(model, 'nb').match(/^ {4}n_/gm)).toHaveLength(model.nodes.length);
    expect(toDot(model, 'nb').match(/^ {4}"[^"]+" \[/gm)).toHaveLength(model.nodes.length);
    expect(toDot(model, 'nb').match(/ -> /g)).toHaveLength(model.edges.length);
  });
});

describe('the printed chart marks the walk that was taken', () => {
  it('thickens only the edges the walk took, not every edge between two nodes on its path', () => {
    const barn = flows.find((f) => f.id === 'barn');
    if (!barn) throw new Error('barn missing');
    const layout = layoutDiagram(diagramModel(barn.definition), 'nb');
    // «Usikker», the acute list, one item ticked: acute and handle-acute are both on the path, but
    // the «yes» edge between them was not taken.
    const svg = toSvg(layout, 'nb', { path: ['acute', 'acute-check', 'acute-check-route', 'handle-acute'] });
    const taken = [...svg.matchAll(/<g class="edge on-path" data-from="([^"]+)" data-to="([^"]+)"/g)].map((m) => `${m[1]}→${m[2]}`);
    expect(taken.sort()).toEqual(['acute-check-route→handle-acute', 'acute-check→acute-check-route', 'acute→acute-check']);
  });
});

describe('the chart names decisions and rules in words, not ids', () => {
  const shipped = compiledIn('flows');
  const barn = shipped.find((f) => f.id === 'barn');
  if (!barn) throw new Error('barn missing');
  const edge = (model: ReturnType<typeof diagramModel>, from: string, to: string) => model.edges.find((e) => e.from === from && e.to === to)?.label;
  const node = (model: ReturnType<typeof diagramModel>, id: string) => model.nodes.find((n) => n.id === id)?.label;

  it('a decision reads «Vurdering: <title>», a rule’s arrow its label, several to one place joined with « / »', () => {
    const model = diagramModel(barn.definition);
    expect(node(model, 'acute-check-route')).toEqual({ nb: 'Vurdering: Er det akutt?', nn: 'Vurdering: Er det akutt?', en: 'Decision: Is it acute?' });
    expect(edge(model, 'forms-route', 'happens-soon')).toEqual({ nb: 'Kjønnslemlestelse, tvangsekteskap eller utlandet', nn: 'Kjønnslemlesting, tvangsekteskap eller utlandet', en: 'FGM, forced marriage or sent abroad' });
    expect(edge(model, 'soon-route', 'handle-acute')).toEqual({
      nb: 'Kjønnslemlestelse snart eller skjedd / Tvangsekteskap snart eller skjedd / Sendes til utlandet snart, eller er sendt',
      nn: 'Kjønnslemlesting snart eller skjedd / Tvangsekteskap snart eller skjedd / Blir sendt til utlandet snart, eller er sendt',
      en: 'FGM soon or done / Forced marriage soon or done / Sent abroad soon, or already',
    });
    // «otherwise» keeps its word.
    expect(edge(model, 'soon-route', 'talk-with-child')?.nb).toBe('ellers');
  });

  it('falls back to the ids for a flow written before titles and labels (the validator warns)', () => {
    const def = structuredClone(barn.definition);
    for (const n of Object.values(def.phases).flat()) {
      if (n.kind !== 'decision') continue;
      delete n.title;
      for (const r of n.rules) delete r.label;
    }
    const model = diagramModel(def);
    expect(node(model, 'forms-route')).toEqual({ nb: 'Vurdering: forms-route', nn: 'Vurdering: forms-route', en: 'Decision: forms-route' });
    expect(edge(model, 'soon-route', 'handle-acute')).toEqual({ nb: 'fgm / forced-marriage / sent-abroad-soon', nn: 'fgm / forced-marriage / sent-abroad-soon', en: 'fgm / forced-marriage / sent-abroad-soon' });
  });

  describe.each(shipped.map((f) => [f.id, f] as const))('in the shipped flow %s', (_id, flow) => {
    const decisions = Object.values(flow.definition.phases).flat().flatMap((n) => (n.kind === 'decision' ? [n] : []));

    it('every decision has a title and every rule a label, in nb, nn and en', () => {
      expect(decisions.length).toBeGreaterThan(0);
      for (const d of decisions) {
        for (const lang of LANGS) expect(d.title?.[lang], `${d.id} title [${lang}]`).toBeTruthy();
        for (const r of d.rules) for (const lang of LANGS) expect(r.label?.[lang], `${d.id} → ${r.id} label [${lang}]`).toBeTruthy();
      }
    });

    it('no label in the chart is a node or rule id', () => {
      const ids = new Set([...indexNodes(flow.definition).keys(), ...decisions.flatMap((d) => d.rules.map((r) => r.id))]);
      const model = diagramModel(flow.definition);
      const words = [
        ...model.nodes.flatMap((n) => LANGS.map((lang) => (n.label[lang] ?? '').replace(/^(Vurdering|Decision): /, ''))),
        ...model.edges.flatMap((e) => LANGS.flatMap((lang) => (e.label[lang] ?? '').split(' / '))),
      ];
      expect(words.filter((w) => ids.has(w))).toEqual([]);
    });
  });
});
