import { Graph, layout } from '@dagrejs/dagre';
import type { Lang } from '../../schema/common';
import { PHASES, type Phase } from '../../schema/constants';
import { dispositionName, text, type DiagramModel, type DiagramNode } from './model';

export interface PlacedNode extends DiagramNode {
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
}

export interface PlacedEdge {
  from: string;
  to: string;
  label: string;
  points: { x: number; y: number }[];
  labelAt: { x: number; y: number } | undefined;
}

export interface Lane {
  phase: Phase;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DiagramLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  lanes: Lane[];
}

const CHAR_W = 6.6;
const LINE_H = 15;
const MAX_CHARS = 28;

/** Lay the flow out top to bottom with each phase as a lane (a cluster), using dagre. */
export function layoutDiagram(model: DiagramModel, lang: Lang): DiagramLayout {
  const g = new Graph({ compound: true, multigraph: false });
  g.setGraph({ rankdir: 'TB', nodesep: 24, ranksep: 40, marginx: 16, marginy: 16 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const phase of PHASES) if (model.nodes.some((n) => n.phase === phase)) g.setNode(`lane:${phase}`, { label: phase });
  const lines = new Map<string, string[]>();
  for (const n of model.nodes) {
    const l = wrap(n.kind === 'outcome' ? `${dispositionName(n.disposition, lang)}: ${text(n.label, lang)}` : text(n.label, lang));
    lines.set(n.id, l);
    const width = Math.max(...l.map((s) => s.length)) * CHAR_W + 28;
    g.setNode(n.id, { width: Math.max(width, 80), height: l.length * LINE_H + 20 });
    g.setParent(n.id, `lane:${n.phase}`);
  }
  for (const e of model.edges) {
    const label = text(e.label, lang);
    g.setEdge(e.from, e.to, label ? { label, width: Math.min(label.length, 24) * 6 + 8, height: 14, labelpos: 'c' } : {});
  }
  layout(g);

  const nodes: PlacedNode[] = model.nodes.map((n) => {
    const p = g.node(n.id);
    return { ...n, x: p.x, y: p.y, width: p.width, height: p.height, lines: lines.get(n.id) ?? [] };
  });
  const edges: PlacedEdge[] = model.edges.map((e) => {
    const p = g.edge(e.from, e.to);
    const label = text(e.label, lang);
    return { from: e.from, to: e.to, label, points: p.points ?? [], labelAt: label && p.x !== undefined && p.y !== undefined ? { x: p.x, y: p.y } : undefined };
  });
  const lanes: Lane[] = PHASES.flatMap((phase) => {
    const c = g.hasNode(`lane:${phase}`) ? g.node(`lane:${phase}`) : undefined;
    return c ? [{ phase, x: c.x - c.width / 2, y: c.y - c.height / 2, width: c.width, height: c.height }] : [];
  });
  const graph = g.graph();
  return { width: graph.width ?? 0, height: graph.height ?? 0, nodes, edges, lanes };
}

function wrap(s: string): string[] {
  const words = s.split(/\s+/);
  const out: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && (line + ' ' + w).length > MAX_CHARS) {
      out.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(line);
  return out.length > 0 ? out : [''];
}
