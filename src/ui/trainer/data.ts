import { useEffect, useEffectEvent, useState } from 'react';
import {
  prepare,
  startWalk,
  step,
  viewWalk,
  type CompiledFlow,
  type FlowCatalog,
  type Role,
  type Runnable,
  type WalkSnapshot,
  type WalkView,
} from '../../engine/index';
import { newestVersion, type FlowSource } from '../walk/source';
import type { ScenarioLibrary, ShippedScenario } from './library';

export type Loaded<T> = { status: 'loading' } | { status: 'error'; message: string } | { status: 'missing' } | { status: 'ready'; value: T };

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * Run `load` whenever `key` changes; `undefined` means there is nothing to load ("missing").
 * The state is derived from the key, so a new key shows "loading" at once without a set-state in the effect.
 */
function useLoad<T>(key: string, load: (() => Promise<T>) | undefined): Loaded<T> {
  const [done, setDone] = useState<{ key: string; state: Loaded<T> } | undefined>(undefined);
  const run = useEffectEvent(() => load?.());
  const wanted = load !== undefined;
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    run()?.then(
      (value) => live && setDone({ key, state: { status: 'ready', value } }),
      (e: unknown) => live && setDone({ key, state: { status: 'error', message: message(e) } }),
    );
    return () => {
      live = false;
    };
  }, [key, wanted]);
  if (!wanted) return { status: 'missing' };
  return done?.key === key ? done.state : { status: 'loading' };
}

/** Load one compiled flow (the version new walks start on, unless one is named) and prepare it. */
export function useRunnable(source: FlowSource, catalog: FlowCatalog, id: string, version?: string): Loaded<Runnable> {
  const entry = catalog.flows.find((f) => f.id === id);
  const v = version && entry?.versions.some((x) => x.version === version) ? version : entry ? newestVersion(entry) : undefined;
  const sourceKey = useObjectKey(source);
  return useLoad(`${sourceKey}:${id}@${v ?? ''}`, entry && v ? () => source.flow(id, v).then(prepare) : undefined);
}

/** Load two versions of a flow for the "what changed" view. */
export function useFlowPair(source: FlowSource, id: string, from: string | undefined, to: string | undefined): Loaded<[CompiledFlow, CompiledFlow]> {
  const sourceKey = useObjectKey(source);
  return useLoad(`${sourceKey}:${id}:${from ?? ''}:${to ?? ''}`, from && to ? () => Promise.all([source.flow(id, from), source.flow(id, to)]) : undefined);
}

const EMPTY = (flow: string): ScenarioLibrary => ({ format: 1, flow, scenarios: [] });

/** The vignettes for a flow; an empty library when the source has none. */
export function useScenarioLibrary(source: FlowSource, id: string): Loaded<ScenarioLibrary> {
  const sourceKey = useObjectKey(source);
  return useLoad(`${sourceKey}:${id}`, () => (source.scenarios ? source.scenarios(id) : Promise.resolve(EMPTY(id))));
}

const objectIds = new WeakMap<object, number>();
let nextObjectId = 0;
/** A stable number per object (the source), so a key changes when the source does. */
function useObjectKey(o: object): number {
  let id = objectIds.get(o);
  if (id === undefined) {
    id = ++nextObjectId;
    objectIds.set(o, id);
  }
  return id;
}

/** The nodes a walk has passed, in order, ending with the node it rests on (decisions included). */
export function walkPath(snapshot: WalkSnapshot): string[] {
  const out: string[] = [];
  for (const t of snapshot.context.trail) if (out.at(-1) !== t.node) out.push(t.node);
  const here = String(snapshot.value);
  if (out.at(-1) !== here) out.push(here);
  return out;
}

/** Walk the flow with the vignette's answers, as the scenario runner does, to show the expected end and why. */
export function expectedWalk(r: Runnable, scenario: ShippedScenario, maxSteps = 500): { snapshot: WalkSnapshot; view: WalkView } {
  const opts = { role: scenario.role as Role | undefined };
  let snapshot = startWalk(r);
  let view = viewWalk(r, snapshot, opts);
  for (let i = 0; i < maxSteps && !view.outcome; i++) {
    if (view.node.kind === 'question') {
      const answer = scenario.answers[view.nodeId];
      if (answer === undefined) break;
      snapshot = step(r, snapshot, { type: 'ANSWER', value: answer });
    } else snapshot = step(r, snapshot, { type: 'CONTINUE' });
    const next = viewWalk(r, snapshot, opts);
    if (next.nodeId === view.nodeId && next.depth === view.depth) break; // the answer was not taken
    view = next;
  }
  return { snapshot, view };
}

export interface PracticeVerdict {
  right: boolean;
  dispositionOk: boolean;
  outcomeOk: boolean;
  /** Expected actions to include, each with whether the walk has it. */
  include: { id: string; present: boolean }[];
  /** Actions that must not be there, each with whether the walk has it anyway. */
  exclude: { id: string; present: boolean }[];
}

/** Compare the outcome a trainee reached with what the vignette expects (as runScenario does). */
export function judge(view: WalkView, scenario: ShippedScenario): PracticeVerdict | undefined {
  const outcome = view.outcome;
  if (!outcome) return undefined;
  const actions = new Set(outcome.actions.map((a) => a.id));
  const { expect } = scenario;
  const dispositionOk = outcome.disposition === expect.disposition;
  const outcomeOk = expect.outcome === undefined || expect.outcome === view.nodeId;
  const include = expect.actions.include.map((id) => ({ id, present: actions.has(id) }));
  const exclude = expect.actions.exclude.map((id) => ({ id, present: actions.has(id) }));
  const right = dispositionOk && outcomeOk && include.every((a) => a.present) && exclude.every((a) => !a.present);
  return { right, dispositionOk, outcomeOk, include, exclude };
}
