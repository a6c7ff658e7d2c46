import { useEffect, useState } from 'react';
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

/** Load one compiled flow (the newest published version unless one is named) and prepare it. */
export function useRunnable(source: FlowSource, catalog: FlowCatalog, id: string, version?: string): Loaded<Runnable> {
  const [state, setState] = useState<Loaded<Runnable>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    const entry = catalog.flows.find((f) => f.id === id);
    const v = version && entry?.versions.some((x) => x.version === version) ? version : entry ? newestVersion(entry) : undefined;
    if (!entry || !v) {
      setState({ status: 'missing' });
      return;
    }
    setState({ status: 'loading' });
    source.flow(id, v).then(
      (f) => live && setState({ status: 'ready', value: prepare(f) }),
      (e: unknown) => live && setState({ status: 'error', message: message(e) }),
    );
    return () => {
      live = false;
    };
  }, [source, catalog, id, version]);
  return state;
}

/** Load two versions of a flow for the "what changed" view. */
export function useFlowPair(source: FlowSource, id: string, from: string | undefined, to: string | undefined): Loaded<[CompiledFlow, CompiledFlow]> {
  const [state, setState] = useState<Loaded<[CompiledFlow, CompiledFlow]>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    if (!from || !to) {
      setState({ status: 'missing' });
      return;
    }
    setState({ status: 'loading' });
    Promise.all([source.flow(id, from), source.flow(id, to)]).then(
      (pair) => live && setState({ status: 'ready', value: pair }),
      (e: unknown) => live && setState({ status: 'error', message: message(e) }),
    );
    return () => {
      live = false;
    };
  }, [source, id, from, to]);
  return state;
}

const EMPTY = (flow: string): ScenarioLibrary => ({ format: 1, flow, scenarios: [] });

/** The vignettes for a flow; an empty library when the source has none. */
export function useScenarioLibrary(source: FlowSource, id: string): Loaded<ScenarioLibrary> {
  const [state, setState] = useState<Loaded<ScenarioLibrary>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    const load = source.scenarios ? source.scenarios(id) : Promise.resolve(EMPTY(id));
    load.then(
      (lib) => live && setState({ status: 'ready', value: lib }),
      (e: unknown) => live && setState({ status: 'error', message: message(e) }),
    );
    return () => {
      live = false;
    };
  }, [source, id]);
  return state;
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
