import { LANGS, type Lang } from '../schema/constants';
import type { FlowDefinition, FlowNode } from '../schema/flow';
import { indexNodes } from './graph';

export interface TextChange {
  path: string;
  lang: Lang;
  before: string | undefined;
  after: string | undefined;
}

export interface FieldChange {
  path: string;
  before: unknown;
  after: unknown;
}

export interface NodeChange {
  id: string;
  kind: FlowNode['kind'];
  /** Wording changed, per language. */
  texts: TextChange[];
  /** Rules of a decision: conditions, targets, order. */
  rules: FieldChange[];
  /** An outcome's disposition and actions. */
  outcome: FieldChange[];
  /** Anything else: targets, answers, phase, references. */
  other: FieldChange[];
}

export interface FlowDiff {
  from: string;
  to: string;
  header: FieldChange[];
  headerTexts: TextChange[];
  added: { id: string; kind: FlowNode['kind'] }[];
  removed: { id: string; kind: FlowNode['kind'] }[];
  changed: NodeChange[];
}

/** What changed between two versions of a flow, grouped the way a trainer explains a revised routine. */
export function diffFlows(a: FlowDefinition, b: FlowDefinition): FlowDiff {
  const ia = indexNodes(a);
  const ib = indexNodes(b);
  const added = [...ib.values()].filter(({ node }) => !ia.has(node.id)).map(({ node }) => ({ id: node.id, kind: node.kind }));
  const removed = [...ia.values()].filter(({ node }) => !ib.has(node.id)).map(({ node }) => ({ id: node.id, kind: node.kind }));
  const changed: NodeChange[] = [];
  for (const [id, before] of ia) {
    const after = ib.get(id);
    if (!after) continue;
    const change: NodeChange = { id, kind: after.node.kind, texts: [], rules: [], outcome: [], other: [] };
    if (before.phase !== after.phase) change.other.push({ path: 'phase', before: before.phase, after: after.phase });
    for (const d of leafDiffs(before.node, after.node, [])) {
      if (d.lang) change.texts.push({ path: d.path.slice(0, -1).join('.'), lang: d.lang, before: d.before as string | undefined, after: d.after as string | undefined });
      else if (d.path[0] === 'rules' || d.path[0] === 'otherwise') change.rules.push(field(d));
      else if (d.path[0] === 'disposition' || d.path[0] === 'actions') change.outcome.push(field(d));
      else change.other.push(field(d));
    }
    if (change.texts.length + change.rules.length + change.outcome.length + change.other.length > 0) changed.push(change);
  }
  const header: FieldChange[] = [];
  const headerTexts: TextChange[] = [];
  for (const key of ['id', 'version', 'status', 'effective', 'start', 'title', 'description', 'changelog', 'audience'] as const) {
    for (const d of leafDiffs(a[key], b[key], [key])) {
      if (d.lang) headerTexts.push({ path: key, lang: d.lang, before: d.before as string | undefined, after: d.after as string | undefined });
      else header.push(field(d));
    }
  }
  return { from: `${a.id}@${a.version}`, to: `${b.id}@${b.version}`, header, headerTexts, added, removed, changed };
}

interface Leaf {
  path: (string | number)[];
  lang: Lang | undefined;
  before: unknown;
  after: unknown;
}

function leafDiffs(a: unknown, b: unknown, path: (string | number)[]): Leaf[] {
  if (isObject(a) && isObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((k) => leafDiffs(a[k], b[k], [...path, k]));
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    // Lists of things with ids (rules) or values (a question's options) are matched by them, so a
    // rule or option put in the middle does not make every one after it look changed; where the
    // order itself changed — which decides between rules — it is one change of its own.
    const ma = byKey(a);
    const mb = byKey(b);
    if (ma && mb) {
      const order = reordered([...ma.keys()], [...mb.keys()]) ? [{ path: [...path, 'order'], lang: undefined, before: [...ma.keys()], after: [...mb.keys()] }] : [];
      return [...[...new Set([...ma.keys(), ...mb.keys()])].flatMap((k) => leafDiffs(ma.get(k), mb.get(k), [...path, k])), ...order];
    }
    const n = Math.max(a.length, b.length);
    return Array.from({ length: n }, (_, i) => leafDiffs(a[i], b[i], [...path, i])).flat();
  }
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  const last = path.at(-1);
  const lang = typeof last === 'string' && (LANGS as readonly string[]).includes(last) ? (last as Lang) : undefined;
  if (!lang && (isObject(a) || isObject(b))) {
    // A localized text added or removed as a whole: report it per language.
    const la = isObject(a) ? a : {};
    const lb = isObject(b) ? b : {};
    if ([...Object.keys(la), ...Object.keys(lb)].every((k) => (LANGS as readonly string[]).includes(k))) {
      return LANGS.flatMap((l) => (la[l] === lb[l] ? [] : [{ path: [...path, l], lang: l, before: la[l], after: lb[l] }]));
    }
    // A group of localized texts added or removed as a whole (an outcome's `headline`): each text per language.
    const values = [...Object.values(la), ...Object.values(lb)];
    if (values.length > 0 && values.every((v) => isObject(v) && Object.keys(v).every((k) => (LANGS as readonly string[]).includes(k)))) {
      return [...new Set([...Object.keys(la), ...Object.keys(lb)])].flatMap((k) => leafDiffs(la[k], lb[k], [...path, k]));
    }
  }
  return [{ path, lang, before: a, after: b }];
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A list of objects keyed by their `id` (rules) or `value` (options), or undefined when it is not one. */
function byKey(xs: unknown[]): Map<string, unknown> | undefined {
  for (const key of ['id', 'value']) {
    if (xs.every((x) => isObject(x) && typeof x[key] === 'string')) return new Map(xs.map((x) => [(x as Record<string, string>)[key] as string, x]));
  }
  return undefined;
}

/** Did the items both lists have change places, or did a new one come in before an old one (not only at the end)? */
function reordered(before: string[], after: string[]): boolean {
  const kept = after.filter((k) => before.includes(k));
  if (kept.join('\n') !== before.filter((k) => after.includes(k)).join('\n')) return true;
  const lastKept = after.findIndex((k) => k === kept.at(-1));
  return after.some((k, i) => !before.includes(k) && i < lastKept);
}
const field = (d: Leaf): FieldChange => ({ path: d.path.join('.'), before: d.before, after: d.after });
