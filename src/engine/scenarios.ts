import { Scenario } from '../schema/scenario';
import { closestAnswer } from './answer-words';
import { closest, meantSuffix } from './closest';
import { schemaProblems } from './authoring/schema-problems';
import { missingTranslations, withoutTranslationEchoes } from './authoring/translations';
import { answerValues } from './graph';
import { toResult, type LoadResult, type Problem } from './problems';
import { startWalk, step, viewWalk, type Runnable, type WalkView } from './walk';
import { parseYamlSource } from './yaml-source';
import type { WalkEvent } from './machine';

export interface LoadedScenario {
  file: string;
  scenario: Scenario;
  /** Where each answer is written, so a failure can point at the line. */
  locate: (path: (string | number)[]) => { line: number; column: number };
}

export function loadScenario(file: string, text: string): LoadResult<LoadedScenario> {
  const src = parseYamlSource(file, text);
  if (src.problems.length > 0) return toResult<LoadedScenario>(undefined, src.problems);
  // A trainer reads the title and vignette aloud in any of the three languages, so each must have all three.
  const textProblems = missingTranslations(src, src.data);
  const parsed = Scenario.safeParse(src.data);
  if (!parsed.success) return toResult<LoadedScenario>(undefined, [...withoutTranslationEchoes(schemaProblems(src, parsed.error, 'SCENARIO_SCHEMA', Scenario), textProblems), ...textProblems]);
  return toResult({ file, scenario: parsed.data, locate: src.locate }, textProblems);
}

/** One way a scenario does not hold: in words, and where in the scenario file it is. */
export interface ScenarioFailure {
  message: string;
  /** The answer (["answers", id]) or the expectation (["expect", "disposition"]) it concerns. */
  path: (string | number)[];
  /** For a failure at the answers: their line, which the words give too. */
  line?: number;
}

export interface ScenarioResult {
  file: string;
  passed: boolean;
  /** Each failure in words, with expected against actual («line 7: …» for an answer). */
  failures: string[];
  /** The same failures with where each is in the file. */
  failedAt: ScenarioFailure[];
  /** Answers that were never asked on this walk (a hint that the scenario drifted from the flow). */
  unused: string[];
  end: WalkView | undefined;
}

/** Walk the flow with the scenario's answers and compare the outcome with what it expects. */
export function runScenario(r: Runnable, loaded: LoadedScenario, maxSteps = 500, opts: { vocabularyActions?: readonly string[] } = {}): ScenarioResult {
  const { scenario, file } = loaded;
  const failedAt: ScenarioFailure[] = [];
  const fail = (message: string, ...path: (string | number)[]): void => {
    failedAt.push({ message, path, ...(path[0] === 'answers' && { line: loaded.locate(path).line }) });
  };
  const used = new Set<string>();
  let snapshot = startWalk(r);
  let view = viewWalk(r, snapshot, { role: scenario.role });
  for (let i = 0; i < maxSteps && !view.outcome; i++) {
    let event: WalkEvent;
    if (view.node.kind === 'question') {
      const answer = scenario.answers[view.nodeId];
      if (answer === undefined) {
        fail(`no answer for the question "${view.nodeId}" (${view.node.prompt.en ?? view.node.prompt.nb ?? ''})`, 'answers');
        break;
      }
      used.add(view.nodeId);
      const offered = answerValues(view.node);
      const bad = (Array.isArray(answer) ? answer : [answer]).filter((a) => !offered.includes(a));
      if (bad.length > 0 || Array.isArray(answer) !== (view.node.answer === 'checklist')) {
        // Name the value that is wrong, or that a list was given where one answer is asked (or the reverse).
        const wrong = bad.length > 0 ? bad.map((a) => JSON.stringify(a)).join(', ') : JSON.stringify(answer);
        // «ja» → "yes" by meaning, never "no" by spelling (see closestAnswer).
        const meant = bad.length === 1 ? closestAnswer(bad[0] ?? '', offered) : undefined;
        fail(`${wrong} ${bad.length > 1 ? 'are not answers' : 'is not an answer'} to "${view.nodeId}"${meantSuffix(meant)}; it takes ${view.node.answer === 'checklist' ? 'a list of ' : 'one of '}${offered.join(', ')}`, 'answers', view.nodeId);
        break;
      }
      event = { type: 'ANSWER', value: answer };
    } else {
      event = { type: 'CONTINUE' };
    }
    snapshot = step(r, snapshot, event);
    view = viewWalk(r, snapshot, { role: scenario.role });
  }

  const end = view.outcome ? view : undefined;
  if (end?.outcome) {
    const { expect } = scenario;
    const actions = end.outcome.actions.map((a) => a.id);
    if (end.outcome.disposition !== expect.disposition) fail(`disposition: expected ${expect.disposition}, got ${end.outcome.disposition} (outcome "${end.nodeId}")`, 'expect', 'disposition');
    if (expect.outcome && expect.outcome !== end.nodeId) fail(`outcome: expected "${expect.outcome}", got "${end.nodeId}"`, 'expect', 'outcome');
    const missing = expect.actions.include.filter((a) => !actions.includes(a));
    if (missing.length > 0) fail(`actions: expected to include ${missing.join(', ')}; got ${actions.join(', ')}`, 'expect', 'actions', 'include');
    const present = expect.actions.exclude.filter((a) => actions.includes(a));
    if (present.length > 0) fail(`actions: expected not to include ${present.join(', ')}; got ${actions.join(', ')}`, 'expect', 'actions', 'exclude');
    if (expect.legal) {
      // The legal basis shown on the action cards, which is what follows the role.
      const cited = [...new Set(end.outcome.actions.flatMap((a) => a.legal).map((l) => `${l.law}${l.section ? ` ${l.section}` : ''}`))];
      const notCited = expect.legal.include.filter((l) => !cited.includes(l));
      if (notCited.length > 0) fail(`legal: expected to cite ${notCited.join(', ')}; cites ${cited.join(', ')}`, 'expect', 'legal', 'include');
      const wronglyCited = expect.legal.exclude.filter((l) => cited.includes(l));
      if (wronglyCited.length > 0) fail(`legal: expected not to cite ${wronglyCited.join(', ')}`, 'expect', 'legal', 'exclude');
    }
  } else if (failedAt.length === 0) {
    failedAt.push({ message: `the walk did not reach an outcome (stopped at "${view.nodeId}")`, path: ['answers'] });
  }
  // `npm run flows -- scenarios` fails on a misspelt guard too, not only `validate`.
  failedAt.push(...unknownActions(r, scenario, opts.vocabularyActions));
  const unused = Object.keys(scenario.answers).filter((id) => !used.has(id));
  // In words, a failure at an answer says its line; one about the outcome names what it expected.
  const failures = failedAt.map((f) => (f.line ? `line ${f.line}: ${f.message}` : f.message));
  return { file, passed: failedAt.length === 0, failures, failedAt, unused, end };
}

/**
 * A scenario's problems against its flow: answers to nodes that are not questions, then — walked with
 * its answers — whatever it expects that the flow does not do. A scenario is a practice case the app
 * ships (the trainer's expected answer comes from it), so one that no longer holds fails the check
 * and the build, not only `npm run flows -- scenarios`. Pass the vocabulary's action ids to have every
 * unknown action id in `expect.actions` reported, not only one spelt like an action the flow gives.
 */
export function scenarioProblems(r: Runnable, loaded: LoadedScenario, opts: { vocabularyActions?: readonly string[] } = {}): Problem[] {
  const out: Problem[] = [];
  for (const [id] of Object.entries(loaded.scenario.answers)) {
    const node = r.nodes.get(id)?.node;
    if (node?.kind !== 'question') {
      out.push({ code: 'SCENARIO_UNKNOWN_QUESTION', severity: 'error', message: `"${id}" is not a question in ${r.flow.id} ${r.flow.version}`, file: loaded.file, ...loaded.locate(['answers', id]), path: ['answers', id] });
    }
  }
  for (const { message, path } of unknownActions(r, loaded.scenario, opts.vocabularyActions)) {
    out.push({ code: 'SCENARIO_UNKNOWN_ACTION', severity: 'error', message, file: loaded.file, ...loaded.locate(path), path });
  }
  if (out.length > 0) return out;
  for (const { message, path } of runScenario(r, loaded, undefined, opts).failedAt) {
    out.push({ code: 'SCENARIO_FAILED', severity: 'error', message: `walked in ${r.flow.id} ${r.flow.version}: ${message}`, file: loaded.file, ...loaded.locate(path), path });
  }
  return out;
}

/**
 * Action ids in `expect.actions` that are not actions. In `exclude` a misspelt id («inform-guardian»)
 * is never there, so the guard it was written for silently always holds; in `include` it would fail
 * with a walk's worth of actions instead of the one letter that is wrong. With the vocabulary's ids
 * every unknown id is reported. Without them only an id spelt like an action the flow gives: an adult
 * flow's scenario may rightly exclude inform-guardians, which only the child flow gives.
 */
function unknownActions(r: Runnable, scenario: Scenario, vocabularyActions: readonly string[] | undefined): ScenarioFailure[] {
  const given = Object.keys(r.flow.vocabulary.actions);
  const known = vocabularyActions ?? given;
  return (['include', 'exclude'] as const).flatMap((list) =>
    scenario.expect.actions[list].flatMap((id, i) => {
      if (known.includes(id) || given.includes(id)) return [];
      const meant = closest(id, known);
      // Without the vocabulary, only a near miss is surely a typo; and a different number is a different action (call-113, call-112).
      if (vocabularyActions === undefined && (meant === undefined || meant.replace(/\d/g, '') === id.replace(/\d/g, ''))) return [];
      const where = vocabularyActions ? 'in the action vocabulary (flows/vocabulary.yaml)' : `any outcome of ${r.flow.id} ${r.flow.version} gives`;
      const message = `"${id}" is not an action ${where}${meantSuffix(meant)}: ${list === 'exclude' ? 'excluding it guards nothing' : 'no walk can include it'}; write the action's id as the vocabulary spells it`;
      return [{ message, path: ['expect', 'actions', list, i] }];
    }),
  );
}
