import type { Condition } from '../../schema/flow';
import type { Problem } from '../problems';
import type { YamlSource } from '../yaml-source';
import { atomsOf, comparison, type Atom } from '../conditions';

type Path = (string | number)[];

/**
 * A condition of the wrong kind for its fact never holds: `includes` on a yes/no answer (a string,
 * never a list) or `is` on a checklist (a list, never a string). It would be valid YAML and the right
 * values, and it would silently switch its rule off, ending a walk at a lower level of help. Each
 * list-only form has a single-value twin and back; `answered` and `all`/`any`/`not` fit either.
 */
const TWIN = { is: 'includes', in: 'includesAny', includes: 'is', includesAny: 'in' } as const;
type Form = keyof typeof TWIN;
const LIST_FORMS: readonly Form[] = ['includes', 'includesAny'];

/** `isList(fact)`: true for a checklist's fact, false for one answer, undefined when no question sets it. */
export function conditionKindProblems(src: YamlSource, c: Condition, path: Path, isList: (fact: string) => boolean | undefined): Problem[] {
  return atomsOf(c, path).flatMap(({ atom, path: at }) => atomProblems(src, atom, at, isList));
}

function atomProblems(src: YamlSource, c: Atom, path: Path, isList: (fact: string) => boolean | undefined): Problem[] {
  const { form, values, listed } = comparison(c);
  if (form === 'answered') return [];
  const list = isList(c.fact);
  if (list === undefined || LIST_FORMS.includes(form) === list) return [];
  const twin = TWIN[form];
  const what = list ? 'a checklist (the list of boxes ticked)' : 'one answer, not a checklist';
  // Each twin takes what its form took: one value (is ↔ includes) or a list (in ↔ includesAny).
  const written = `{ fact: ${c.fact}, ${twin}: ${yamlValue(listed ? values : (values[0] ?? ''))} }`;
  return [src.problem('CONDITION_WRONG_KIND', 'error', `"${c.fact}" is ${what}, so "${form}" never holds for it and this rule or action is switched off: write ${written}`, [...path, form])];
}

/** As a flow writes it: yes/no/unsure quoted (YAML reads bare yes as true in some tools), lists in brackets. */
function yamlValue(v: string | string[]): string {
  if (Array.isArray(v)) return `[${v.map((x) => yamlValue(x)).join(', ')}]`;
  return /^(yes|no|unsure|true|false|on|off|y|n)$/i.test(v) ? `"${v}"` : v;
}
