import type { LegalRef } from '../../schema/common';
import type { Problem } from '../problems';
import type { YamlSource } from '../yaml-source';
import { eachObject } from './each-object';

/**
 * Sections that the seed plans quote but that are no longer the law (domain.md §7). A flow that
 * cites one would send staff to a repealed rule, so it is an error with the current section named.
 */
const OUTDATED: { law: RegExp; section: RegExp; instead: string }[] = [
  { law: /^straffeloven/i, section: /§\s*139\b/, instead: 'straffeloven § 196 (the 1902 act\'s § 139 is repealed)' },
  { law: /^barnevern(s)?loven/i, section: /§\s*6-4\b/, instead: 'barnevernsloven § 13-2 (the 1992 act\'s § 6-4 is repealed)' },
  { law: /^barnehageloven/i, section: /§\s*22\b/, instead: 'barnehageloven § 46' },
  { law: /^opplæringslov/i, section: /§\s*15-3\b/, instead: 'the duty in opplæringslova (2023); cite it without a number until verified' },
  { law: /kjønnslemlestelse/i, section: /.*/, instead: 'straffeloven §§ 284–285 (the FGM act is repealed)' },
];

/** Check every legal reference found anywhere under `legal:` keys. */
export function legalProblems(src: YamlSource, data: unknown): Problem[] {
  const problems: Problem[] = [];
  eachObject(data, (object, path) => {
    if (Array.isArray(object.legal)) object.legal.forEach((ref, i) => problems.push(...checkRef(src, ref as Partial<LegalRef>, [...path, 'legal', i])));
  });
  return problems;
}

function checkRef(src: YamlSource, ref: Partial<LegalRef>, path: (string | number)[]): Problem[] {
  if (ref === null || typeof ref !== 'object') return [];
  const out: Problem[] = [];
  const name = `${ref.law ?? '?'}${ref.section ? ` ${ref.section}` : ''}`;
  if (ref.checked === undefined) out.push(src.problem('LEGAL_WITHOUT_DATE', 'error', `${name} has no "checked" date: say when it was checked against the law in force`, path));
  const old = OUTDATED.find((o) => o.law.test(ref.law ?? '') && o.section.test(ref.section ?? ''));
  if (old) out.push(src.problem('LEGAL_OUTDATED', 'error', `${name} is no longer in force: use ${old.instead}`, [...path, ref.section ? 'section' : 'law']));
  return out;
}
