import type { Lang } from '../../schema/common';
import { PHASES } from '../../schema/constants';
import { dispositionName, PHASE_NAMES, text, type DiagramModel, type DiagramNode } from './model';

const esc = (s: string): string => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** Graphviz DOT: phases as clusters, outcomes as double octagons with their disposition. */
export function toDot(model: DiagramModel, lang: Lang): string {
  const lines = ['digraph flow {', '  rankdir=TB;', '  node [fontname="sans-serif", fontsize=11];', '  edge [fontname="sans-serif", fontsize=10];'];
  for (const phase of PHASES) {
    const nodes = model.nodes.filter((n) => n.phase === phase);
    if (nodes.length === 0) continue;
    lines.push(`  subgraph cluster_${phase} {`, `    label=${esc(text(PHASE_NAMES[phase], lang))};`);
    for (const n of nodes) lines.push(`    ${esc(n.id)} [${attrs(n, lang)}];`);
    lines.push('  }');
  }
  for (const e of model.edges) {
    const label = text(e.label, lang);
    lines.push(`  ${esc(e.from)} -> ${esc(e.to)}${label ? ` [label=${esc(label)}]` : ''};`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

function attrs(n: DiagramNode, lang: Lang): string {
  const label = text(n.label, lang);
  switch (n.kind) {
    case 'question':
      return `shape=diamond, label=${esc(label)}`;
    case 'decision':
      return `shape=hexagon, label=${esc(label)}`;
    case 'outcome':
      return `shape=doubleoctagon, penwidth=2, label=${esc(`${dispositionName(n.disposition, lang)}\n${label}`)}`;
    default:
      return `shape=box, label=${esc(label)}`;
  }
}
