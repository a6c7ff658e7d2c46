import { isRole } from '../../schema/profile';
import { Vocabulary } from '../../schema/vocabulary';
import { toResult, type LoadResult, type Problem } from '../problems';
import { parseYamlSource } from '../yaml-source';
import { todayOr } from '../profiles/oslo-time';
import { legalProblems } from './legal';
import type { LoadOptions } from './load-flow';
import { schemaProblems } from './schema-problems';
import { seedProblems } from './seeds';
import { missingTranslations } from './translations';

export function loadVocabulary(file: string, text: string, opts: LoadOptions = {}): LoadResult<Vocabulary> {
  const src = parseYamlSource(file, text);
  if (src.problems.length > 0) return toResult<Vocabulary>(undefined, src.problems);
  const parsed = Vocabulary.safeParse(src.data);
  const problems: Problem[] = [...missingTranslations(src, src.data), ...legalProblems(src, src.data, todayOr(opts.today))];
  if (!parsed.success) return toResult<Vocabulary>(undefined, [...schemaProblems(src, parsed.error, 'SCHEMA', Vocabulary), ...problems]);
  // Actions name contact-profile roles; a misspelt role would silently show no number.
  for (const [id, entry] of Object.entries(parsed.data.actions)) {
    (entry.contacts ?? []).forEach((role, i) => {
      if (!isRole(role)) problems.push(src.problem('UNKNOWN_ROLE', 'error', `"${role}" is not a contact role (see docs/profile-format.md)`, ['actions', id, 'contacts', i]));
    });
  }
  problems.push(...seedProblems(src, src.data, parsed.data.seeds));
  return toResult(parsed.data, problems);
}
