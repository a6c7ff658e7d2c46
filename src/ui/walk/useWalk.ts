import { useActorRef, useSelector } from '@xstate/react';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { recordWalk, startWalk, viewWalk, type FactValue, type Role, type Runnable, type WalkSnapshot, type WalkView } from '../../engine/index';
import { afterPaint, afterShown } from '../afterPaint';
import { saveRecord } from './storage';

/** Browser history entries the walk owns carry {tk: depth}. */
interface HistoryMark {
  tk: number;
}
const depthOf = (state: unknown): number | undefined =>
  state && typeof state === 'object' && typeof (state as HistoryMark).tk === 'number' ? (state as HistoryMark).tk : undefined;
/** Mark the current history entry with this depth. */
const markEntry = (depth: number) => window.history.replaceState({ tk: depth } satisfies HistoryMark, '');
/**
 * From the entry of step `from`, one new entry for each step up to `to`, so the browser's Back goes
 * one step back from each.
 */
const pushEntries = (from: number, to: number) => {
  for (let d = from + 1; d <= to; d++) window.history.pushState({ tk: d } satisfies HistoryMark, '');
};

export interface WalkControls {
  view: WalkView;
  snapshot: WalkSnapshot;
  answer: (value: FactValue) => void;
  next: () => void;
  back: () => void;
  restart: () => void;
}

export interface UseWalkOptions {
  /** Resume from this snapshot (from restoreWalk). */
  initial?: WalkSnapshot | undefined;
  /** Persist the answer ids in sessionStorage (the runner does; a trainer mode would not). */
  persist?: boolean;
  /** One browser history entry per step, so the browser's back button steps back. */
  history?: boolean;
  /** Where the user works: the actions' wording and legal basis follow it. */
  role?: Role | undefined;
}

/**
 * Runs one walk with an XState actor. Each step pushes a history entry; popstate sends BACK.
 * The views never see the actor: they get the WalkView and these callbacks.
 */
export function useWalk(r: Runnable, { initial, persist = true, history: syncHistory = true, role }: UseWalkOptions = {}): WalkControls {
  // A new walk starts from the flow's start snapshot, worked out once per flow (the start page's warm-up already did).
  const actor = useActorRef(r.machine, { snapshot: initial ?? startWalk(r) });
  const snapshot = useSelector(actor, (s) => s);
  const view = useMemo(() => viewWalk(r, snapshot, { role }), [r, snapshot, role]);
  const depth = view.depth;
  /** popstate events we caused ourselves (in-app Back / Restart) and must not answer with BACK. */
  const ownPops = useRef(0);
  /**
   * The depth of the history entry the user is on, as the walk last wrote or found it: what the
   * browser's Back leaves from. It lags the walk while a new step's entry waits (afterShown).
   */
  const entryDepth = useRef<number | undefined>(undefined);

  // The saved answer ids wait until the new step is painted (see afterPaint), the history entry until
  // it is on screen (see afterShown).
  useEffect(() => (persist ? afterPaint(() => saveRecord(recordWalk(r, snapshot))) : undefined), [r, snapshot, persist]);

  // Keep the current history entry's depth equal to the walk's depth.
  useEffect(() => {
    if (!syncHistory) return;
    return afterShown(() => {
      let marked = depthOf(window.history.state);
      // The entry the walk opened on is its start (depth 0), even when the user has answered
      // already by the time this runs (fast taps cancel the work of the steps between): marking it
      // with the current depth would let Back leave the walk from a step that is not the first.
      if (marked === undefined) {
        markEntry(0);
        marked = 0;
      }
      if (depth < marked) markEntry(depth);
      // Also for steps answered before their entry was made (this waits until the step is on screen).
      pushEntries(marked, depth);
      entryDepth.current = depth;
    });
  }, [depth, syncHistory]);

  useEffect(() => {
    if (!syncHistory) return;
    const onPop = (e: PopStateEvent) => {
      const left = entryDepth.current;
      const target = depthOf(e.state);
      entryDepth.current = target;
      if (ownPops.current > 0) {
        ownPops.current -= 1;
        return;
      }
      if (target === undefined) return; // left the walk (e.g. back to the start page): the router handles it
      const current = actor.getSnapshot().context.history.length;
      // Back pressed while the step on screen has no entry yet (it was answered less than
      // SHOWN_AFTER_PAINT_MS ago) means as many steps back from that step as entries were gone back,
      // not back to the entry: the entries of the steps in between are written again.
      const wanted = left !== undefined && target < left && current > left ? Math.max(target, current - (left - target)) : target;
      for (let i = wanted; i < current; i++) actor.send({ type: 'BACK' });
      pushEntries(target, wanted);
      // Forward after Back: the steps gone back from are given again, each with the answer it had.
      const reached = target > current ? redo(r, actor, target - current) : Math.min(wanted, current);
      if (target > reached) markEntry(reached);
      entryDepth.current = Math.min(target, reached);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [r, actor, syncHistory]);

  const answer = useCallback((value: FactValue) => actor.send({ type: 'ANSWER', value }), [actor]);
  const next = useCallback(() => actor.send({ type: 'CONTINUE' }), [actor]);
  const back = useCallback(() => {
    actor.send({ type: 'BACK' });
    if (syncHistory && (depthOf(window.history.state) ?? 0) > 0) {
      ownPops.current += 1;
      window.history.back();
    }
  }, [actor, syncHistory]);
  const restart = useCallback(() => {
    const marked = syncHistory ? (depthOf(window.history.state) ?? 0) : 0;
    actor.send({ type: 'RESTART' });
    if (marked > 0) {
      ownPops.current += 1;
      window.history.go(-marked);
    }
  }, [actor, syncHistory]);

  return { view, snapshot, answer, next, back, restart };
}

/**
 * The browser's Forward after its Back: each step gone back from is answered again as it was (the
 * walk keeps the answer it undid, to show it chosen) or, on a guidance step, continued — as far as
 * `steps`, or until a step has no answer to give again. Returns the walk's depth after.
 */
function redo(r: Runnable, actor: ReturnType<typeof useActorRef<Runnable['machine']>>, steps: number): number {
  for (let i = 0; i < steps; i++) {
    const snap = actor.getSnapshot();
    const nodeId = String(snap.value);
    const kind = r.nodes.get(nodeId)?.node.kind;
    const undone = snap.context.undone[nodeId];
    if (kind === 'guidance') actor.send({ type: 'CONTINUE' });
    else if (kind === 'question' && undone !== undefined) actor.send({ type: 'ANSWER', value: undone });
    else break;
  }
  return actor.getSnapshot().context.history.length;
}
