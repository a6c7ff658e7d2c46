import type { Lang } from '../../schema/common';
import type { DiagramLayout, PlacedNode } from './layout';
import { PHASE_NAMES, text } from './model';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A standalone SVG of the laid-out flow. Kinds differ by shape and outcomes carry their disposition
 * in words, so nothing is told by colour alone; it prints in black and white.
 */
export function toSvg(d: DiagramLayout, lang: Lang, opts: { title?: string; path?: readonly string[] } = {}): string {
  // The walk's path: its nodes, and only the edges it took (two nodes on the path can be joined by
  // an edge the walk did not take, e.g. «yes» from the first question when it went through a check).
  const path = opts.path ?? [];
  const hl = new Set(path);
  const taken = new Set(path.slice(1).map((to, i) => `${path[i]}→${to}`));
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${Math.ceil(d.width)} ${Math.ceil(d.height)}" width="${Math.ceil(d.width)}" height="${Math.ceil(d.height)}" role="img" font-family="sans-serif" font-size="11">`);
  if (opts.title) out.push(`<title>${esc(opts.title)}</title>`);
  out.push('<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#222"/></marker></defs>');
  for (const lane of d.lanes) {
    out.push(`<g class="lane lane-${lane.phase}"><rect x="${lane.x}" y="${lane.y}" width="${lane.width}" height="${lane.height}" fill="#f4f6f8" stroke="#8a96a3" stroke-dasharray="4 3" rx="6"/>`);
    out.push(`<text x="${lane.x + 8}" y="${lane.y + 14}" font-weight="bold" fill="#333">${esc(text(PHASE_NAMES[lane.phase], lang))}</text></g>`);
  }
  for (const e of d.edges) {
    const on = taken.has(`${e.from}→${e.to}`);
    const pts = e.points.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
    out.push(`<g class="edge${on ? ' on-path' : ''}" data-from="${esc(e.from)}" data-to="${esc(e.to)}"><polyline points="${pts}" fill="none" stroke="#222" stroke-width="${on ? 3 : 1.2}" marker-end="url(#arrow)"/>`);
    if (e.labelAt && e.label) out.push(`<text x="${e.labelAt.x}" y="${e.labelAt.y + 4}" text-anchor="middle" fill="#222" paint-order="stroke" stroke="#fff" stroke-width="3">${esc(e.label)}</text>`);
    out.push('</g>');
  }
  for (const n of d.nodes) out.push(nodeSvg(n, hl.has(n.id)));
  out.push('</svg>');
  return out.join('\n');
}

function nodeSvg(n: PlacedNode, on: boolean): string {
  const x = n.x - n.width / 2;
  const y = n.y - n.height / 2;
  const stroke = `stroke="#222" stroke-width="${on ? 3 : 1.2}"`;
  const fill = n.kind === 'outcome' ? '#fff4e0' : n.kind === 'question' ? '#e8f1fb' : '#fff';
  let shape: string;
  switch (n.kind) {
    case 'question':
      shape = `<rect x="${x}" y="${y}" width="${n.width}" height="${n.height}" rx="${n.height / 2}" fill="${fill}" ${stroke}/>`;
      break;
    case 'decision': {
      const k = 10;
      shape = `<polygon points="${x + k},${y} ${x + n.width - k},${y} ${x + n.width},${n.y} ${x + n.width - k},${y + n.height} ${x + k},${y + n.height} ${x},${n.y}" fill="${fill}" ${stroke}/>`;
      break;
    }
    case 'outcome':
      shape = `<rect x="${x}" y="${y}" width="${n.width}" height="${n.height}" fill="${fill}" ${stroke} stroke-dasharray="0"/><rect x="${x + 3}" y="${y + 3}" width="${n.width - 6}" height="${n.height - 6}" fill="none" stroke="#222"/>`;
      break;
    default:
      shape = `<rect x="${x}" y="${y}" width="${n.width}" height="${n.height}" rx="3" fill="${fill}" ${stroke}/>`;
  }
  const textY = n.y - ((n.lines.length - 1) * 15) / 2 + 4;
  const lines = n.lines.map((l, i) => `<tspan x="${n.x}" y="${textY + i * 15}">${esc(l)}</tspan>`).join('');
  return `<g class="node node-${n.kind}${on ? ' on-path' : ''}" data-id="${esc(n.id)}">${shape}<text text-anchor="middle" fill="#111"${n.kind === 'outcome' ? ' font-weight="bold"' : ''}>${lines}</text></g>`;
}
