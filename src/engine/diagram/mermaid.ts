import type { Lang } from '../../schema/common';
import { PHASES } from '../../schema/constants';
import { dispositionName, PHASE_NAMES, text, type DiagramModel, type DiagramNode } from './model';

const q = (s: string): string => `"${s.replace(/"/g, '#quot;')}"`;

/** Mermaid flowchart: phases as subgraphs, outcomes as stadium shapes labelled with their disposition. */
export function toMermaid(model: DiagramModel, lang: Lang): string {
  const lines = ['flowchart TD'];
  for (const phase of PHASES) {
    const nodes = model.nodes.filter((n) => n.phase === phase);
    if (nodes.length === 0) continue;
    lines.push(`  subgraph ${phase}[${q(text(PHASE_NAMES[phase], lang))}]`);
    for (const n of nodes) lines.push(`    ${mermaidId(n.id)}${shape(n, lang)}`);
    lines.push('  end');
  }
  for (const e of model.edges) {
    const label = text(e.label, lang);
    lines.push(`  ${mermaidId(e.from)} -->${label ? `|${q(label)}|` : ''} ${mermaidId(e.to)}`);
  }
  lines.push('  classDef outcome stroke-width:3px;');
  const outcomes = model.nodes.filter((n) => n.kind === 'outcome').map((n) => mermaidId(n.id));
  if (outcomes.length > 0) lines.push(`  class ${outcomes.join(',')} outcome;`);
  return `${lines.join('\n')}\n`;
}

function shape(n: DiagramNode, lang: Lang): string {
  const label = text(n.label, lang);
  switch (n.kind) {
    case 'question':
      return `{${q(label)}}`;
    case 'decision':
      return `{{${q(label)}}}`;
    case 'outcome':
      return `([${q(`${dispositionName(n.disposition, lang)}: ${label}`)}])`;
    default:
      return `[${q(label)}]`;
  }
}

const mermaidId = (id: string): string => `n_${id.replace(/-/g, '_')}`;
