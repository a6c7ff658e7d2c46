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

export interface ScenarioResult {
  file: string;
  passed: boolean;
  /** Each failure in words, with expected against actual. */
  failures: string[];
  /** Answers that were never asked on this walk (a hint that the scenario drifted from the flow). */
  unused: string[];
  end: WalkView | undefined;
}

/** Walk the flow with the scenario's answers and compare the outcome with what it expects. */
export function runScenario(r: Runnable, loaded: LoadedScenario, maxSteps = 500): ScenarioResult {
  const { scenario, file } = loaded;
  const failures: string[] = [];
  const used = new Set<string>();
  let snapshot = startWalk(r);
  let view = viewWalk(r, snapshot, { role: scenario.role });
  for (let i = 0; i < maxSteps && !view.outcome; i++) {
    let event: WalkEvent;
    if (view.node.kind === 'question') {
      const answer = scenario.answers[view.nodeId];
      if (answer === undefined) {
        failures.push(`line ${loaded.locate(['answers']).line}: no answer for the question "${view.nodeId}" (${view.node.prompt.en ?? view.node.prompt.nb ?? ''})`);
        break;
      }
      used.add(view.nodeId);
      const offered = answerValues(view.node);
      const bad = (Array.isArray(answer) ? answer : [answer]).filter((a) => !offered.includes(a));
      if (bad.length > 0 || Array.isArray(answer) !== (view.node.answer === 'checklist')) {
        // Name the value that is wrong, or that a list was given where one answer is asked (or the reverse).
        const wrong = bad.length > 0 ? bad.map((a) => JSON.stringify(a)).join(', ') : JSON.stringify(answer);
        failures.push(`line ${loaded.locate(['answers', view.nodeId]).line}: ${wrong} ${bad.length > 1 ? 'are not answers' : 'is not an answer'} to "${view.nodeId}"; it takes ${view.node.answer === 'checklist' ? 'a list of ' : 'one of '}${offered.join(', ')}`);
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
    if (end.outcome.disposition !== expect.disposition) failures.push(`disposition: expected ${expect.disposition}, got ${end.outcome.disposition} (outcome "${end.nodeId}")`);
    if (expect.outcome && expect.outcome !== end.nodeId) failures.push(`outcome: expected "${expect.outcome}", got "${end.nodeId}"`);
    const missing = expect.actions.include.filter((a) => !actions.includes(a));
    if (missing.length > 0) failures.push(`actions: expected to include ${missing.join(', ')}; got ${actions.join(', ')}`);
    const present = expect.actions.exclude.filter((a) => actions.includes(a));
    if (present.length > 0) failures.push(`actions: expected not to include ${present.join(', ')}; got ${actions.join(', ')}`);
    if (expect.legal) {
      // The legal basis shown on the action cards, which is what follows the role.
      const cited = [...new Set(end.outcome.actions.flatMap((a) => a.legal).map((l) => `${l.law}${l.section ? ` ${l.section}` : ''}`))];
      const notCited = expect.legal.include.filter((l) => !cited.includes(l));
      if (notCited.length > 0) failures.push(`legal: expected to cite ${notCited.join(', ')}; cites ${cited.join(', ')}`);
      const wronglyCited = expect.legal.exclude.filter((l) => cited.includes(l));
      if (wronglyCited.length > 0) failures.push(`legal: expected not to cite ${wronglyCited.join(', ')}`);
    }
  } else if (failures.length === 0) {
    failures.push(`the walk did not reach an outcome (stopped at "${view.nodeId}")`);
  }
  const unused = Object.keys(scenario.answers).filter((id) => !used.has(id));
  return { file, passed: failures.length === 0, failures, unused, end };
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
  for (const failure of runScenario(r, loaded).failures) {
    // A failure at an answer says its line ("line 14: …"); one about the outcome starts with what it
    // expected ("disposition: …", "actions: …"), which points at that line of `expect`.
    const at = /^line (\d+): (.*)$/s.exec(failure);
    const key = /^(disposition|outcome|actions|legal):/.exec(failure)?.[1];
    const path = at ? ['answers'] : key && key in loaded.scenario.expect ? ['expect', key] : ['expect'];
    const where = at ? { line: Number(at[1]), column: 1 } : loaded.locate(path);
    out.push({ code: 'SCENARIO_FAILED', severity: 'error', message: `walked in ${r.flow.id} ${r.flow.version}: ${at ? at[2] : failure}`, file: loaded.file, ...where, path });
  }
  return out;
}
