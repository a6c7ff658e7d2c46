import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadFlowProject } from '../../src/engine/authoring';
import { project, read, source, vocabulary } from './helpers';

const BARN = 'flows/barn/1.0.0.yaml';
const barn = read(BARN);

/** Where a node or rule written on this line is reported: its line, and the column of its first key. */
function at(text: string, line: string): { line: number; column: number } {
  const i = text.split('\n').findIndex((l) => l === line);
  if (i < 0) throw new Error(`no line ${JSON.stringify(line)}`);
  return { line: i + 1, column: /^[ -]*/.exec(line)![0].length + 1 };
}

/** The barn flow with one line taken out (a title or a label), checked the way the CLI does. */
function without(line: string) {
  if (!barn.includes(`\n${line}\n`)) throw new Error(`no line ${JSON.stringify(line)}`);
  const text = barn.replace(`\n${line}\n`, '\n');
  return { text, ...loadFlowProject(vocabulary(), [{ path: BARN, text }], undefined) };
}

describe('a decision without a title, or a rule without a label, in the flow chart', () => {
  it('is a warning at the decision, naming it, and the flow still compiles', () => {
    const { text, problems, compiled } = without('      title: { nb: "Avverge, melde eller drøfte?", nn: "Avverge, melde eller drøfte?", en: "Avert, report or consult?" }');
    expect(problems).toEqual([
      expect.objectContaining({ code: 'CHART_LABEL_MISSING', severity: 'warning', file: BARN, ...at(text, '    - id: route'), path: ['phases', 'avklar', 9] }),
    ]);
    expect(problems[0]?.message).toBe('the decision "route" has no "title", so the flow chart shows its id: add a short question in nb, nn and en, like title: { nb: "Er det akutt?", nn: "Er det akutt?", en: "Is it acute?" }');
    expect(compiled.map((f) => f.id)).toEqual(['barn']);
  });

  it('is a warning at the rule, naming it', () => {
    const { text, problems } = without('          label: { nb: "Grunn til å tro", nn: "Grunn til å tru", en: "Reason to believe" }');
    expect(problems).toEqual([expect.objectContaining({ code: 'CHART_LABEL_MISSING', severity: 'warning', ...at(text, '        - id: reason-to-believe') })]);
    expect(problems[0]?.message).toMatch(/^the rule "reason-to-believe" has no "label", so the flow chart marks its arrow with its id: /);
  });

  it('is said once for a rule shared with *name, where its &name is written and the label goes', () => {
    // «fgm» is written once in acute-check-route and used again by soon-route and (through
    // *acute-rules) by acute-route: one label fixes all three arrows.
    const { text, problems } = without('          label: { nb: "Kjønnslemlestelse snart eller skjedd", nn: "Kjønnslemlesting snart eller skjedd", en: "FGM soon or done" }');
    expect(barn).toContain('        - *always-acute-fgm');
    expect(problems).toEqual([expect.objectContaining({ code: 'CHART_LABEL_MISSING', ...at(text, '          id: fgm') })]);
  });

  it('is not an error: a version written before titles and labels stays valid', () => {
    const def = parse(barn) as { phases: Record<string, { kind: string; title?: unknown; rules?: { label?: unknown }[] }[]> };
    for (const node of Object.values(def.phases).flat()) {
      if (node.kind !== 'decision') continue;
      delete node.title;
      for (const rule of node.rules ?? []) delete rule.label;
    }
    const { problems, compiled } = loadFlowProject(vocabulary(), [{ path: BARN, text: stringify(def) }], undefined);
    // 5 decisions and 17 rules (each shared rule written once).
    expect(problems).toHaveLength(22);
    expect(problems.every((p) => p.code === 'CHART_LABEL_MISSING' && p.severity === 'warning')).toBe(true);
    expect(compiled).toHaveLength(1);
  });

  it('never happens in the shipped flows', () => {
    const p = project(['flows/barn/1.0.0.yaml', 'flows/voksen/1.0.0.yaml', 'flows/utover/1.0.0.yaml'].map(source));
    expect(p.problems.filter((x) => x.code === 'CHART_LABEL_MISSING')).toEqual([]);
  });
});
