import { answerValues, prepare, startWalk, step, viewWalk, type FlowCatalog, type Runnable, type WalkEvent, type WalkSnapshot, type WalkView } from '../../engine/index';
import { newestVersion, type FlowSource } from './source';

/**
 * Flows fetched and prepared (machine built) once per source and version. The start page warms this
 * while the user reads it, so a tap on a choice shows the first question without a fetch or a
 * compile in between. A version's content never changes (the catalog pins its hash), so an entry
 * never goes stale; a failed fetch is forgotten, so «try again» fetches again.
 */
const ready = new WeakMap<FlowSource, Map<string, Runnable>>();
const pending = new WeakMap<FlowSource, Map<string, Promise<Runnable>>>();

const keyOf = (id: string, version: string) => `${id}@${version}`;

function mapFor<V>(store: WeakMap<FlowSource, Map<string, V>>, source: FlowSource): Map<string, V> {
  let map = store.get(source);
  if (!map) store.set(source, (map = new Map()));
  return map;
}

/** The prepared flow if it is already here. */
export function preparedNow(source: FlowSource, id: string, version: string): Runnable | undefined {
  return ready.get(source)?.get(keyOf(id, version));
}

export function prepareFlow(source: FlowSource, id: string, version: string): Promise<Runnable> {
  const key = keyOf(id, version);
  const done = preparedNow(source, id, version);
  if (done) return Promise.resolve(done);
  const inFlight = mapFor(pending, source);
  let p = inFlight.get(key);
  if (!p) {
    p = source.flow(id, version).then(
      (flow) => {
        const r = prepare(flow);
        mapFor(ready, source).set(key, r);
        inFlight.delete(key);
        return r;
      },
      (e: unknown) => {
        inFlight.delete(key);
        throw e;
      },
    );
    inFlight.set(key, p);
  }
  return p;
}

/**
 * Fetch and prepare the version a new walk would start on, for every flow in the catalog, and
 * rehearse its first steps. Returns the steps rehearsed, per flow (for a throwaway render). Never throws.
 */
export async function prepareAndRehearse(source: FlowSource, catalog: FlowCatalog): Promise<RehearsedStep[][]> {
  const rehearsed = await Promise.all(
    catalog.flows.map(async (entry) => {
      const version = newestVersion(entry);
      if (version === undefined) return [];
      try {
        return rehearse(await prepareFlow(source, entry.id, version));
      } catch {
        return []; /* shown when that flow is opened, with a «try again» */
      }
    }),
  );
  return rehearsed.filter((steps) => steps.length > 0);
}

/** A step met while rehearsing: where the walk was, and what the screen showed. */
export interface RehearsedStep {
  r: Runnable;
  snapshot: WalkSnapshot;
  view: WalkView;
}

/** How far along a walk the rehearsal goes: the steps most people see first. */
const REHEARSED_STEPS = 8;

/** The answer that goes on without raising the level: "no", nothing ticked, or the first option. */
function quietAnswer(view: WalkView): WalkEvent {
  const node = view.node;
  if (node.kind !== 'question') return { type: 'CONTINUE' };
  if (node.answer === 'checklist') return { type: 'ANSWER', value: [] };
  return { type: 'ANSWER', value: node.answer === 'yesno' ? 'no' : (answerValues(node)[0] ?? '') };
}

/**
 * Take each answer to the first question once, and then the first steps of the walk most people
 * take (see quietAnswer), on throwaway snapshots, and look at where they lead. The first run of the
 * walk's code is several times slower than later runs while the JavaScript engine compiles it; doing
 * that now, while the user reads the start page, keeps it off their first taps. Nothing is kept:
 * snapshots are values, and the user's walk starts from scratch. Returns each step met once, first step first.
 */
function rehearse(r: Runnable): RehearsedStep[] {
  const start = startWalk(r);
  const first = viewWalk(r, start);
  const steps: RehearsedStep[] = [{ r, snapshot: start, view: first }];
  const meet = (snapshot: WalkSnapshot, view: WalkView) => {
    if (!steps.some((s) => s.view.nodeId === view.nodeId)) steps.push({ r, snapshot, view });
  };
  if (first.node.kind === 'question') {
    const values = first.node.answer === 'checklist' ? [[]] : answerValues(first.node);
    for (const value of values) {
      const next = step(r, start, { type: 'ANSWER', value });
      viewWalk(r, step(r, next, { type: 'BACK' }));
      meet(next, viewWalk(r, next));
    }
  }
  let snapshot = start;
  let view = first;
  for (let i = 0; i < REHEARSED_STEPS && !view.outcome; i++) {
    const next = step(r, snapshot, quietAnswer(view));
    if (next === snapshot) break;
    snapshot = next;
    view = viewWalk(r, snapshot);
    meet(snapshot, view);
  }
  // No actor here: each step's throwaway render (rehearseRender.tsx) starts and stops one, as the walk screen does.
  return steps;
}
