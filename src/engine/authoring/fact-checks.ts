import type { Condition, FlowDefinition } from '../../schema/flow';
import { closestAnswer } from '../answer-words';
import { didYouMean, meantSuffix } from '../closest';
import { atomsOf, comparison } from '../conditions';
import { answerValues, indexNodes } from '../graph';
import type { Problem } from '../problems';
import type { YamlSource } from '../yaml-source';
import { conditionKindProblems } from './condition-kinds';

interface Read {
  fact: string;
  values: string[];
  /** The rule's `when` or the action's `if`: a fact never set is one mistake there, however often it is tested. */
  path: (string | number)[];
  /** The value compared, where an unknown value is reported (for `in` and `includesAny`, the list). */
  valuePath: (string | number)[];
  listed?: boolean;
}

/** Facts read but never set, set but never read, compared with values no answer can give; question shape. */
export function factProblems(src: YamlSource, def: FlowDefinition): Problem[] {
  const problems: Problem[] = [];
  const index = indexNodes(def);
  const setBy = new Map<string, { values: Set<string>; list: boolean; path: (string | number)[] }>();
  const reads: Read[] = [];
  const conditions: { when: Condition; path: (string | number)[] }[] = [];

  for (const { node, path } of index.values()) {
    if (node.kind === 'question') {
      problems.push(...questionShape(src, node, path));
      const entry = setBy.get(node.fact) ?? { values: new Set<string>(), list: node.answer === 'checklist', path };
      answerValues(node).forEach((v) => entry.values.add(v));
      setBy.set(node.fact, entry);
    } else if (node.kind === 'decision') {
      node.rules.forEach((r, i) => conditions.push({ when: r.when, path: [...path, 'rules', i, 'when'] }));
    } else if (node.kind === 'outcome') {
      node.actions.forEach((a, i) => a.if && conditions.push({ when: a.if, path: [...path, 'actions', i, 'if'] }));
    }
  }
  for (const { when, path } of conditions) {
    reads.push(...readsOf(when, path));
    problems.push(...conditionKindProblems(src, when, path, (fact) => setBy.get(fact)?.list));
  }

  for (const read of reads) {
    const set = setBy.get(read.fact);
    if (!set) {
      problems.push(src.problem('FACT_NEVER_SET', 'error', `the fact "${read.fact}" is read here, but no question sets it${didYouMean(read.fact, setBy.keys())}`, read.path));
      continue;
    }
    // A question without options is reported as OPTIONS_MISSING; there are no values to compare with.
    if (set.values.size === 0) continue;
    for (const [i, v] of read.values.entries()) {
      if (!set.values.has(v)) {
        // «ja» means "yes" though "no" is nearer in spelling: suggest by meaning first.
        problems.push(src.problem('UNKNOWN_VALUE', 'error', `"${read.fact}" can never be "${v}"${meantSuffix(closestAnswer(v, set.values))}: its question offers ${[...set.values].map((x) => `"${x}"`).join(', ')}`, read.listed ? [...read.valuePath, i] : read.valuePath));
      }
    }
  }

  // A question that branches on its own answer uses its fact there.
  const branching = [...index.values()].flatMap(({ node }) => (node.kind === 'question' && node.branches && Object.keys(node.branches).length > 0 ? [node.fact] : []));
  const readFacts = new Set([...reads.map((r) => r.fact), ...branching]);
  for (const [fact, { path }] of setBy) {
    if (!readFacts.has(fact)) problems.push(src.problem('FACT_NEVER_READ', 'warning', `the fact "${fact}" is set but no rule or action reads it`, [...path, 'fact']));
  }
  return problems;
}

function readsOf(c: Condition, path: (string | number)[]): Read[] {
  return atomsOf(c, path).map(({ atom, path: at }) => {
    const { form, values, listed } = comparison(atom);
    return { fact: atom.fact, values, path, valuePath: form === 'answered' ? at : [...at, form], listed };
  });
}

function questionShape(src: YamlSource, q: Extract<FlowDefinition['phases']['se'][number], { kind: 'question' }>, path: (string | number)[]): Problem[] {
  const out: Problem[] = [];
  if (q.answer === 'yesno' && q.options) out.push(src.problem('OPTIONS_NOT_ALLOWED', 'error', `a yes/no question has fixed answers (yes, no, unsure); remove "options"`, [...path, 'options']));
  if (q.answer !== 'yesno' && (!q.options || q.options.length === 0)) out.push(src.problem('OPTIONS_MISSING', 'error', `a ${q.answer} question needs "options"`, path));
  if (q.answer === 'checklist' && q.branches) out.push(src.problem('BRANCHES_NOT_ALLOWED', 'error', 'a checklist cannot branch on its answer: route with a decision node', [...path, 'branches']));
  const values = new Set(answerValues(q));
  for (const key of Object.keys(q.branches ?? {})) {
    if (q.answer !== 'checklist' && !values.has(key)) {
      out.push(src.problem('UNKNOWN_VALUE', 'error', `"${key}" is not an answer to this question${meantSuffix(closestAnswer(key, values))}: it offers ${[...values].map((x) => `"${x}"`).join(', ')}`, [...path, 'branches', key]));
    }
  }
  return out;
}
