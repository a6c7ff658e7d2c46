import type { FlowDefinition } from '../../schema/flow';
import { indexNodes } from '../graph';
import type { Problem } from '../problems';
import type { YamlSource } from '../yaml-source';

/**
 * Decisions without a `title` and rules without a `label`: the flow chart would name them by their
 * ids («Vurdering: forms-route», «fgm / forced-marriage»), English code words a trainer cannot read.
 * A warning, not an error: a version written before the fields existed still walks the same.
 */
export function chartLabelProblems(src: YamlSource, def: FlowDefinition): Problem[] {
  const problems: Problem[] = [];
  // A rule shared with `*name` is written once, at its `&name`, and is reported once, there.
  const reported = new Set<string>();
  for (const { node, path } of indexNodes(def).values()) {
    if (node.kind !== 'decision') continue;
    if (!node.title) {
      problems.push(src.problem('CHART_LABEL_MISSING', 'warning', `the decision "${node.id}" has no "title", so the flow chart shows its id: add a short question in nb, nn and en, like title: { nb: "Er det akutt?", nn: "Er det akutt?", en: "Is it acute?" }`, path));
    }
    node.rules.forEach((rule, i) => {
      if (rule.label) return;
      const problem = src.problem('CHART_LABEL_MISSING', 'warning', `the rule "${rule.id}" has no "label", so the flow chart marks its arrow with its id: name when it holds in a few words in nb, nn and en, like label: { nb: "Vold nå", nn: "Vald no", en: "Violence now" }`, [...path, 'rules', i], { throughAliases: true });
      const at = `${problem.line}:${problem.column}`;
      if (reported.has(at)) return;
      reported.add(at);
      problems.push(problem);
    });
  }
  return problems;
}
