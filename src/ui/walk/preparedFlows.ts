import { createActor } from 'xstate';
import { answerValues, prepare, startWalk, step, viewWalk, type FlowCatalog, type Runnable } from '../../engine/index';
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

/** Fetch and prepare the version a new walk would start on, for every flow in the catalog. Never throws. */
export async function warmUp(source: FlowSource, catalog: FlowCatalog): Promise<void> {
  await Promise.all(
    catalog.flows.map(async (entry) => {
      const version = newestVersion(entry);
      if (version === undefined) return;
      try {
        rehearse(await prepareFlow(source, entry.id, version));
      } catch {
        /* shown when that flow is opened, with a «try again» */
      }
    }),
  );
}

/**
 * Take each answer to the first question once, on a throwaway snapshot, and look at where it leads.
 * The first run of the walk's code is several times slower than later runs while the JavaScript
 * engine compiles it; doing that now, while the user reads the start page, keeps it off their first tap.
 * Nothing is kept: snapshots are values, and the user's walk starts from scratch.
 */
function rehearse(r: Runnable): void {
  const start = startWalk(r);
  const first = viewWalk(r, start);
  if (first.node.kind !== 'question') return;
  const values = first.node.answer === 'checklist' ? [[]] : answerValues(first.node);
  for (const value of values) {
    const next = step(r, start, { type: 'ANSWER', value });
    viewWalk(r, step(r, next, { type: 'BACK' }));
    viewWalk(r, next);
  }
  // The walk screen runs the machine in an actor: start and stop one, as the first tap will.
  const actor = createActor(r.machine).start();
  actor.send({ type: 'CONTINUE' });
  actor.stop();
}
