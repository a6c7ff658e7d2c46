import type { LegalRef } from '../../schema/common';
import type { Problem } from '../problems';
import type { YamlSource } from '../yaml-source';
import { checkedDateProblems } from './dates';
import { eachObject } from './each-object';
import { outdatedInText } from './legal-text';
import { outdated } from './outdated-law';

/**
 * Check every legal reference found anywhere under `legal:` keys, and every text that names an
 * outdated section in words. `today` (YYYY-MM-DD, Norway) is what a `checked` date is measured from.
 */
export function legalProblems(src: YamlSource, data: unknown, today: string): Problem[] {
  const problems: Problem[] = [];
  eachObject(data, (object, path) => {
    if (Array.isArray(object.legal)) object.legal.forEach((ref, i) => problems.push(...checkRef(src, ref as Partial<LegalRef>, [...path, 'legal', i], today)));
  });
  problems.push(...outdatedInText(src, data));
  return problems;
}

function checkRef(src: YamlSource, ref: Partial<LegalRef>, path: (string | number)[], today: string): Problem[] {
  if (ref === null || typeof ref !== 'object') return [];
  const out: Problem[] = [];
  // A section written as a bare number (section: 139) is a schema error too, but still not § 196.
  // Anything else (a list, a map) is the schema's to report; here it is as if no section were given.
  const section = typeof ref.section === 'number' ? String(ref.section) : typeof ref.section === 'string' ? ref.section : undefined;
  const name = `${ref.law ?? '?'}${section ? ` ${section}` : ''}`;
  if (ref.checked === undefined) out.push(src.problem('LEGAL_WITHOUT_DATE', 'error', `${name} has no "checked" date: say when it was checked against the law in force`, path));
  const old = typeof ref.law === 'string' ? outdated(ref.law, section) : undefined;
  if (old) out.push(src.problem('LEGAL_OUTDATED', 'error', `${name} ${old.says}: use ${old.instead}`, [...path, section ? 'section' : 'law']));
  out.push(...checkedDateProblems(src, ref.checked as unknown, [...path, 'checked'], name, today));
  return out;
}
