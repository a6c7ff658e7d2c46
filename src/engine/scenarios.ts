import { Scenario } from '../schema/scenario';
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
  if (!parsed.success) return toResult<LoadedScenario>(undefined, [...withoutTranslationEchoes(schemaProblems(src, parsed.error, 'SCENARIO_SCHEMA'), textProblems), ...textProblems]);
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
export function runScenario(r: Runnable, loaded: LoadedScenario, maxSteps = 500): ScenarioResult {
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
        fail(`${wrong} ${bad.length > 1 ? 'are not answers' : 'is not an answer'} to "${view.nodeId}"; it takes ${view.node.answer === 'checklist' ? 'a list of ' : 'one of '}${offered.join(', ')}`, 'answers', view.nodeId);
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
  const unused = Object.keys(scenario.answers).filter((id) => !used.has(id));
  // In words, a failure at an answer says its line; one about the outcome names what it expected.
  const failures = failedAt.map((f) => (f.line ? `line ${f.line}: ${f.message}` : f.message));
  return { file, passed: failedAt.length === 0, failures, failedAt, unused, end };
}

/**
 * A scenario's problems against its flow: answers to nodes that are not questions, then — walked with
 * its answers — whatever it expects that the flow does not do. A scenario is a practice case the app
 * ships (the trainer's expected answer comes from it), so one that no longer holds fails the check
 * and the build, not only `npm run flows -- scenarios`.
 */
export function scenarioProblems(r: Runnable, loaded: LoadedScenario): Problem[] {
  const out: Problem[] = [];
  for (const [id] of Object.entries(loaded.scenario.answers)) {
    const node = r.nodes.get(id)?.node;
    if (node?.kind !== 'question') {
      out.push({ code: 'SCENARIO_UNKNOWN_QUESTION', severity: 'error', message: `"${id}" is not a question in ${r.flow.id} ${r.flow.version}`, file: loaded.file, ...loaded.locate(['answers', id]), path: ['answers', id] });
    }
  }
  if (out.length > 0) return out;
  for (const { message, path } of runScenario(r, loaded).failedAt) {
    out.push({ code: 'SCENARIO_FAILED', severity: 'error', message: `walked in ${r.flow.id} ${r.flow.version}: ${message}`, file: loaded.file, ...loaded.locate(path), path });
  }
  return out;
}
