import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTexts } from '../texts';
import type { CompiledFlow, Lang } from '../../engine/index';
import { PHASE_NAMES, diagramModel, text, type DiagramModel } from '../../engine/diagram/model';
import { layoutDiagram, type DiagramLayout, type PlacedNode } from '../../engine/diagram/layout';
import { toSvg } from '../../engine/diagram/svg';
import { DiagramOutline } from './Outline';
import './trainer.css';

/** Pure pieces, exported for tests: the model and layout of a compiled flow. */
export function diagramOf(flow: CompiledFlow, lang: Lang): { model: DiagramModel; layout: DiagramLayout } {
  const model = diagramModel(flow.definition);
  return { model, layout: layoutDiagram(model, lang) };
}

export interface DiagramViewProps {
  flow: CompiledFlow;
  lang: Lang;
  /** The nodes of the current or finished walk, in order. */
  path: string[];
  title: string;
  /** Presenter: no outline, export or print; keeps the last node of the path in view. */
  compact?: boolean;
}

interface View {
  scale: number;
  x: number;
  y: number;
}

const MIN = 0.2;
const MAX = 3;
const clamp = (s: number): number => Math.min(MAX, Math.max(MIN, s));
export const PAPERS = ['a4-landscape', 'a4-portrait', 'a3-landscape', 'a3-portrait'] as const;
type Paper = (typeof PAPERS)[number];

/**
 * The flow chart, drawn as React SVG from the compiled flow: phases as lanes, outcomes as double boxes
 * with the recommendation in words, the walk's path in thick lines. Zoom with the buttons, + and −, or
 * ctrl/pinch + wheel; pan by dragging or with the arrow keys. The outline below is the same graph as
 * nested lists, for screen readers and for anyone who prefers text.
 */
export default function DiagramView({ flow, lang, path, title, compact = false }: DiagramViewProps) {
  const { t } = useTexts();
  const uid = useId();
  const { model, layout } = useMemo(() => diagramOf(flow, lang), [flow, lang]);
  const onPath = useMemo(() => new Set(path), [path]);
  const pathEdges = useMemo(() => new Set(path.slice(1).map((to, i) => `${path[i]}→${to}`)), [path]);
  const box = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<View>({ scale: 1, x: 8, y: 8 });
  const [paper, setPaper] = useState<Paper>('a4-landscape');

  const fit = useCallback(() => {
    const el = box.current;
    const w = el?.clientWidth ?? 0;
    if (!w || !layout.width) return setView({ scale: 1, x: 8, y: 8 });
    // Presenter: a readable size, kept on the current step (below); otherwise the whole width.
    const scale = compact ? 0.85 : clamp(Math.min(1, (w - 16) / layout.width));
    setView({ scale, x: Math.max(8, (w - layout.width * scale) / 2), y: 8 });
  }, [layout, compact]);

  useEffect(() => fit(), [fit]);

  // Presenter: keep the step the walk rests on in view.
  const last = path.at(-1);
  useEffect(() => {
    if (!compact || !last) return;
    const n = layout.nodes.find((x) => x.id === last);
    const el = box.current;
    if (!n || !el || !el.clientWidth) return;
    setView((v) => ({ ...v, x: el.clientWidth / 2 - n.x * v.scale, y: el.clientHeight / 2 - n.y * v.scale }));
  }, [compact, last, layout]);

  /** Zoom by a factor around a point in the box (default: its centre). */
  const zoomBy = useCallback((factor: number, at?: { x: number; y: number }) => {
    const el = box.current;
    const px = at?.x ?? (el?.clientWidth ?? 0) / 2;
    const py = at?.y ?? (el?.clientHeight ?? 0) / 2;
    setView((v) => {
      const scale = clamp(v.scale * factor);
      const k = scale / v.scale;
      return { scale, x: px - (px - v.x) * k, y: py - (py - v.y) * k };
    });
  }, []);

  // Ctrl + wheel and trackpad pinch (which arrives as ctrl + wheel) zoom; a plain wheel scrolls the page.
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      if (!e.ctrlKey && !e.metaKey) return;
      e.preventDefault();
      const r = el.getBoundingClientRect();
      zoomBy(Math.exp(-e.deltaY * 0.005), { x: e.clientX - r.left, y: e.clientY - r.top });
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [zoomBy]);

  // Drag to pan; two fingers pinch to zoom.
  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture?.(e.pointerId);
    pointers.current.set(e.pointerId, { x: e.clientX, y: e.clientY });
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const ps = pointers.current;
    const prev = ps.get(e.pointerId);
    if (!prev) return;
    if (ps.size === 1) {
      setView((v) => ({ ...v, x: v.x + e.clientX - prev.x, y: v.y + e.clientY - prev.y }));
    } else if (ps.size === 2) {
      const other = [...ps.entries()].find(([id]) => id !== e.pointerId)?.[1];
      if (other) {
        const before = Math.hypot(prev.x - other.x, prev.y - other.y);
        const after = Math.hypot(e.clientX - other.x, e.clientY - other.y);
        const r = e.currentTarget.getBoundingClientRect();
        if (before > 0) zoomBy(after / before, { x: (e.clientX + other.x) / 2 - r.left, y: (e.clientY + other.y) / 2 - r.top });
      }
    }
    ps.set(e.pointerId, { x: e.clientX, y: e.clientY });
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    pointers.current.delete(e.pointerId);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = 60;
    const moves: Record<string, [number, number]> = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      e.stopPropagation(); // the presenter's ← → must not step the walk while the chart has focus
      setView((v) => ({ ...v, x: v.x + move[0], y: v.y + move[1] }));
    } else if (e.key === '+' || e.key === '=') {
      e.preventDefault();
      zoomBy(1.25);
    } else if (e.key === '-' || e.key === '−') {
      e.preventDefault();
      zoomBy(0.8);
    } else if (e.key === '0') {
      e.preventDefault();
      fit();
    }
  };

  const svgText = useMemo(() => toSvg(layout, lang, { title, path }), [layout, lang, title, path]);
  const exportSvg = () => {
    const blob = new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${svgText}\n`], { type: 'image/svg+xml;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `${flow.id}-${flow.version}-${lang}.svg`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const print = () => window.print();

  const titleId = `${uid}-title`;
  const descId = `${uid}-desc`;
  const keysId = `${uid}-keys`;
  return (
    <div className={`diagram ${compact ? 'diagram-compact' : ''} paper-${paper}`} data-testid="diagram">
      {/* A group, not role="toolbar": a toolbar promises arrow keys between its controls, and this one holds a select. */}
      <div className="diagram-toolbar no-print" role="group" aria-label={t('trainer.diagram.toolbar')}>
        <button type="button" className="secondary" onClick={() => zoomBy(1.25)} aria-label={t('trainer.diagram.zoomIn')}>
          +
        </button>
        <button type="button" className="secondary" onClick={() => zoomBy(0.8)} aria-label={t('trainer.diagram.zoomOut')}>
          −
        </button>
        <button type="button" className="secondary" onClick={fit}>
          {t('trainer.diagram.fit')}
        </button>
        <output className="zoom-level" aria-live="polite">
          {t('trainer.diagram.zoom', { percent: Math.round(view.scale * 100) })}
        </output>
        {!compact && (
          <>
            <button type="button" className="secondary" onClick={exportSvg}>
              {t('trainer.diagram.export')}
            </button>
            <label className="paper">
              {t('trainer.diagram.paper')}{' '}
              <select value={paper} onChange={(e) => setPaper(e.target.value as Paper)}>
                {PAPERS.map((p) => {
                  const [size, dir] = p.split('-') as [string, 'landscape' | 'portrait'];
                  return (
                    <option key={p} value={p}>
                      {size.toUpperCase()} {t(`trainer.diagram.${dir}`)}
                    </option>
                  );
                })}
              </select>
            </label>
            <button type="button" className="secondary" onClick={print}>
              {t('trainer.diagram.print')}
            </button>
          </>
        )}
      </div>
      {/* How to move the chart, for everyone who uses a keyboard, not only for screen readers: the
          canvas is described by it. The presenter has no list under the chart. */}
      <p className="diagram-keys no-print" id={keysId}>
        {compact ? t('trainer.diagram.keys') : `${t('trainer.diagram.keys')} ${t('trainer.diagram.list')}`}
      </p>
      <div
        ref={box}
        className="diagram-canvas no-print"
        tabIndex={0}
        role="group"
        aria-label={t('trainer.diagram.canvas')}
        aria-describedby={keysId}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
      >
        <svg className="diagram-svg" width="100%" height="100%" role="img" aria-labelledby={titleId} aria-describedby={descId}>
          <title id={titleId}>{title}</title>
          <desc id={descId}>{t('trainer.diagram.intro')}</desc>
          <defs>
            <marker id={`${uid}-arrow`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M0,0 L10,5 L0,10 z" fill="#222" />
            </marker>
          </defs>
          <g transform={`translate(${view.x.toFixed(1)} ${view.y.toFixed(1)}) scale(${view.scale.toFixed(3)})`}>
            {layout.lanes.map((lane) => (
              <g key={lane.phase} className={`lane lane-${lane.phase}`}>
                <rect x={lane.x} y={lane.y} width={lane.width} height={lane.height} rx={6} />
                <text x={lane.x + 8} y={lane.y + 16} className="lane-name">
                  {text(PHASE_NAMES[lane.phase], lang)}
                </text>
              </g>
            ))}
            {layout.edges.map((e) => {
              const on = pathEdges.has(`${e.from}→${e.to}`);
              return (
                <g key={`${e.from}→${e.to}`} className={`edge${on ? ' on-path' : ''}`} data-from={e.from} data-to={e.to}>
                  <polyline points={e.points.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ')} markerEnd={`url(#${uid}-arrow)`} />
                  {e.labelAt && e.label && (
                    <text x={e.labelAt.x} y={e.labelAt.y + 4} textAnchor="middle" className="edge-label">
                      {e.label}
                    </text>
                  )}
                </g>
              );
            })}
            {layout.nodes.map((n) => (
              <Node key={n.id} n={n} on={onPath.has(n.id)} here={!!last && n.id === last} />
            ))}
          </g>
        </svg>
      </div>
      {/* What prints: the same chart as one image fitted to the chosen paper. */}
      {!compact && <img className="diagram-print print-only" src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`} alt="" />}
      {!compact && <DiagramOutline flow={flow} model={model} lang={lang} path={path} />}
    </div>
  );
}

function Node({ n, on, here }: { n: PlacedNode; on: boolean; here: boolean }) {
  const x = n.x - n.width / 2;
  const y = n.y - n.height / 2;
  let shape;
  switch (n.kind) {
    case 'question':
      shape = <rect x={x} y={y} width={n.width} height={n.height} rx={n.height / 2} className="shape" />;
      break;
    case 'decision': {
      const k = 10;
      shape = <polygon points={`${x + k},${y} ${x + n.width - k},${y} ${x + n.width},${n.y} ${x + n.width - k},${y + n.height} ${x + k},${y + n.height} ${x},${n.y}`} className="shape" />;
      break;
    }
    case 'outcome':
      shape = (
        <>
          <rect x={x} y={y} width={n.width} height={n.height} className="shape" />
          <rect x={x + 3} y={y + 3} width={n.width - 6} height={n.height - 6} className="inner" />
        </>
      );
      break;
    default:
      shape = <rect x={x} y={y} width={n.width} height={n.height} rx={3} className="shape" />;
  }
  const textY = n.y - ((n.lines.length - 1) * 15) / 2 + 4;
  const cls = ['node', `node-${n.kind}`, n.disposition ? `disposition-${n.disposition}` : '', on ? 'on-path' : '', here ? 'here' : ''].filter(Boolean).join(' ');
  return (
    <g className={cls} data-id={n.id}>
      {shape}
      <text textAnchor="middle">
        {n.lines.map((l, i) => (
          <tspan key={i} x={n.x} y={textY + i * 15}>
            {l}
          </tspan>
        ))}
      </text>
    </g>
  );
}
