import { describe, expect, it } from 'vitest';
import { getSimplePaths } from 'xstate/graph';
import { answerEvents, checklistClasses, evaluate, listPaths, prepare, viewWalk, type WalkEvent, type WalkSnapshot } from '../../src/engine/authoring';
import { loadProject } from '../../src/node/project';

const example = loadProject(undefined, { flowsDir: 'tests/fixtures/example/flows' }).compiled.find((f) => f.id === 'example' && f.version === '1.0.0');
if (!example) throw new Error('the example flow does not compile');
const r = prepare(example);
const classes = checklistClasses(example.definition);

/** The events a person can send on this screen: every answer, or "continue". */
function eventsFor(snapshot: WalkSnapshot): WalkEvent[] {
  const view = viewWalk(r, snapshot);
  if (view.node.kind === 'guidance') return [{ type: 'CONTINUE' }];
  if (view.node.kind === 'question') return answerEvents(view.node, classes);
  return [];
}

// xstate/graph walks the compiled machine itself, so these tests prove the machine, not a model of it.
const paths = getSimplePaths(r.machine, {
  events: eventsFor,
  // Two walks are the same state when they are on the same node with the same facts.
  serializeState: (s) => `${String(s.value)}|${JSON.stringify((s as WalkSnapshot).context.facts)}`,
}).filter((p) => (p.state as WalkSnapshot).hasTag('kind:outcome'));

describe('the example flow, on every path xstate/graph finds', () => {
  it('finds paths to all three outcomes', () => {
    const outcomes = new Set(paths.map((p) => String(p.state.value)));
    expect([...outcomes].sort()).toEqual(['out-acute', 'out-consult', 'out-report']);
    expect(paths.length).toBeGreaterThan(20);
  });

  it.each(paths.map((p) => [p.steps.map((s) => JSON.stringify(s.event)).join(' → '), p] as const))('%s', (_name, path) => {
    const snapshot = path.state as WalkSnapshot;
    const view = viewWalk(r, snapshot);
    const facts = snapshot.context.facts;
    const outcome = view.outcome;
    expect(outcome).toBeDefined();
    if (!outcome) return;
    const actions = outcome.actions.map((a) => a.id);
    // Afraid to go home or danger now ⇒ acute, always.
    if (facts.danger_now === 'yes' || evaluate({ fact: 'signs', includes: 'afraid' }, facts)) expect(outcome.disposition).toBe('acute');
    // Sexualised behaviour or a guardian suspected ⇒ guardians are never contacted.
    if (view.nodeId === 'out-report' && (evaluate({ fact: 'signs', includes: 'sexual' }, facts) || facts.suspect !== 'other')) {
      expect(actions).toContain('do-not-contact-guardians');
      expect(actions).not.toContain('inform-guardians');
    }
    expect(actions).toEqual(expect.arrayContaining(['document', 'inform-leader']));
    // The explanation names every answer given on the way.
    // (each step holds the state after its event, so the question answered is the previous step's state)
    const answered = path.steps.flatMap((s, i) => (s.event.type === 'ANSWER' ? [String(path.steps[i - 1]?.state.value)] : []));
    expect(outcome.explanation.answers.map((a) => a.node)).toEqual(answered);
  });
});

describe('the fast path explorer agrees with the compiled machine', () => {
  const flows = [r, ...loadProject().compiled.map(prepare)];
  it.each(flows.map((f) => [`${f.flow.id}@${f.flow.version}`, f] as const))('on every listed path of %s', (_name, flow) => {
    // listPaths explores with the plain stepper and replays each path through the machine for its view.
    const { paths: listed } = listPaths(flow, 400);
    expect(listed.length).toBeGreaterThan(0);
    for (const p of listed) expect(p.view.nodeId).toBe(p.outcome);
  });
});
