import type { Lang, Localized } from '../../schema/common';
import type { DecisionNode, Disposition, FlowDefinition, FlowNode, Phase } from '../../schema/flow';
import { allEdges, indexNodes } from '../graph';
import { labelsFor } from '../walk';

export interface DiagramNode {
  id: string;
  kind: FlowNode['kind'];
  phase: Phase;
  label: Localized;
  disposition: Disposition | undefined;
}

export interface DiagramEdge {
  from: string;
  to: string;
  /** What takes the edge: answers or rule labels (joined), "otherwise", or nothing for "continue". */
  label: Localized;
}

export interface DiagramModel {
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

const OTHERWISE: Localized = { nb: 'ellers', nn: 'elles', en: 'otherwise' };

/** The flow as a plain graph, drawn from the definition itself so a picture can never drift from the logic. */
export function diagramModel(def: FlowDefinition): DiagramModel {
  const index = indexNodes(def);
  const nodes: DiagramNode[] = [...index.values()].map(({ node, phase }) => ({
    id: node.id,
    kind: node.kind,
    phase,
    label: nodeLabel(node),
    disposition: node.kind === 'outcome' ? node.disposition : undefined,
  }));
  // Answers that lead to the same node share one edge, labelled "yes / unsure".
  const merged = new Map<string, { from: string; to: string; labels: Localized[] }>();
  for (const e of allEdges(index)) {
    if (e.to === undefined || !index.has(e.to)) continue;
    const from = index.get(e.from)?.node;
    const label: Localized | undefined =
      e.kind === 'answer' && from?.kind === 'question'
        ? e.via === '*' ? undefined : (labelsFor(from, e.via)[0] as Localized)
        : e.kind === 'rule' && from?.kind === 'decision' ? ruleLabel(from, e.via)
        : e.kind === 'otherwise' ? OTHERWISE
        : undefined;
    const key = `${e.from}→${e.to}`;
    const entry = merged.get(key) ?? { from: e.from, to: e.to, labels: [] };
    if (label) entry.labels.push(label);
    merged.set(key, entry);
  }
  const edges = [...merged.values()].map(({ from, to, labels }) => ({ from, to, label: joinLabels(labels) }));
  return { nodes, edges };
}

function nodeLabel(node: FlowNode): Localized {
  switch (node.kind) {
    case 'guidance':
    case 'outcome':
      return node.title;
    case 'question':
      return node.prompt;
    case 'decision': {
      // The id only for a flow written before decisions had titles (CHART_LABEL_MISSING warns).
      const title = (lang: Lang): string => node.title?.[lang] ?? node.id;
      return { nb: `Vurdering: ${title('nb')}`, nn: `Vurdering: ${title('nn')}`, en: `Decision: ${title('en')}` };
    }
  }
}

/** A rule's arrow reads its label («Vold nå»); the id only where the flow gives none (CHART_LABEL_MISSING). */
function ruleLabel(decision: DecisionNode, ruleId: string): Localized {
  const label = decision.rules.find((r) => r.id === ruleId)?.label;
  return { nb: label?.nb ?? ruleId, nn: label?.nn ?? ruleId, en: label?.en ?? ruleId };
}

function joinLabels(labels: Localized[]): Localized {
  const join = (lang: Lang): string => labels.map((l) => l[lang] ?? '').filter(Boolean).join(' / ');
  return { nb: join('nb'), nn: join('nn'), en: join('en') };
}

export const PHASE_NAMES: Record<Phase, Localized> = {
  se: { nb: 'SE', nn: 'SJÅ', en: 'OBSERVE' },
  spor: { nb: 'SPØR', nn: 'SPØR', en: 'ASK' },
  avklar: { nb: 'AVKLAR', nn: 'AVKLAR', en: 'CLARIFY' },
  handle: { nb: 'HANDLE', nn: 'HANDLE', en: 'ACT' },
};

export const text = (l: Localized, lang: Lang): string => l[lang] ?? l.nb ?? l.en ?? '';

/** The four recommendations in capitals, as an outcome's box names them in each language (not the code). */
export const DISPOSITION_NAMES: Record<Disposition, Localized> = {
  acute: { nb: 'AKUTT', nn: 'AKUTT', en: 'ACUTE' },
  avvergeplikt: { nb: 'AVVERGEPLIKT', nn: 'AVVERGINGSPLIKT', en: 'DUTY TO AVERT' },
  bekymringsmelding: { nb: 'BEKYMRINGSMELDING', nn: 'BEKYMRINGSMELDING', en: 'REPORT OF CONCERN' },
  consultation: { nb: 'ANONYM DRØFTING', nn: 'ANONYM DRØFTING', en: 'ANONYMOUS CONSULTATION' },
};

/** An outcome's recommendation in capitals, "?" when it has none (the validator reports that). */
export const dispositionName = (d: Disposition | undefined, lang: Lang): string => (d ? text(DISPOSITION_NAMES[d], lang) : '?');
