import type { FactValue } from '../schema/flow';
import type { WalkEvent, WalkSnapshot } from './machine';
import { startWalk, step, type Runnable } from './walk';

/**
 * The smallest record that brings a walk back: which flow version it was on and the answers given,
 * by id only. It holds nothing a user wrote, so it may be kept in sessionStorage across a reload.
 */
export interface WalkRecord {
  flow: string;
  version: string;
  hash: string;
  steps: { node: string; answer?: FactValue }[];
}

export type RestoreResult =
  | { ok: true; snapshot: WalkSnapshot }
  | { ok: false; code: 'VERSION_GONE' | 'HASH_CHANGED' | 'STEPS_INVALID'; message: string };

export function recordWalk(r: Runnable, snapshot: WalkSnapshot): WalkRecord {
  // The history holds the node of every step taken; the trail holds the answers in the same order.
  const answers = snapshot.context.trail.filter((t) => t.kind === 'answer' || t.kind === 'continue');
  return {
    flow: r.flow.id,
    version: r.flow.version,
    hash: r.flow.hash,
    steps: answers.map((t) => (t.kind === 'answer' ? { node: t.node, answer: t.value } : { node: t.node })),
  };
}

/**
 * Replay a record on the flow it was pinned to. `r` is the flow of the same id and version if the
 * app still has it; a missing version or a changed hash fails with a message, never a half-walk.
 */
export function restoreWalk(r: Runnable | undefined, record: WalkRecord): RestoreResult {
  if (!r || r.flow.id !== record.flow || r.flow.version !== record.version) {
    return { ok: false, code: 'VERSION_GONE', message: `The walk was started on ${record.flow} ${record.version}, which is no longer available.` };
  }
  if (r.flow.hash !== record.hash) {
    return { ok: false, code: 'HASH_CHANGED', message: `${record.flow} ${record.version} has changed since the walk was started, so it cannot be continued safely.` };
  }
  let snapshot = startWalk(r);
  for (const s of record.steps) {
    // The record comes back from storage as JSON: a step may be anything, so check before reading it.
    if (typeof s !== 'object' || s === null || String(snapshot.value) !== s.node) {
      return { ok: false, code: 'STEPS_INVALID', message: `The saved walk does not fit ${record.flow} ${record.version} at "${String((s as { node?: unknown } | null)?.node)}".` };
    }
    const event: WalkEvent = s.answer === undefined ? { type: 'CONTINUE' } : { type: 'ANSWER', value: s.answer };
    const next = step(r, snapshot, event);
    if (next === snapshot || next.context.history.length === snapshot.context.history.length) {
      return { ok: false, code: 'STEPS_INVALID', message: `The saved answer at "${s.node}" is not an answer this flow accepts.` };
    }
    snapshot = next;
  }
  return { ok: true, snapshot };
}
