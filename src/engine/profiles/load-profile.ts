import type { z } from 'zod';
import { ProfileFile, isRole, type Contact, type Profile } from '../../schema/profile';
import { sortProblems, toResult, type LoadResult, type Problem } from '../problems';
import { keySuggestion } from '../known-keys';
import { expectedKinds, fieldName, plainIssue } from '../schema-words';
import { parseYamlSource, type YamlSource } from '../yaml-source';
import { checkProfile } from './check-profile';
import { todayOr } from './oslo-time';

type Path = (string | number)[];
type Issue = z.core.$ZodIssue;

const keyPath = (path: readonly PropertyKey[]): Path => path.filter((k): k is string | number => typeof k !== 'symbol');

/**
 * A union error says only "Invalid input". Report the branch the author most likely meant (the
 * one with the fewest complaints) so the message names the real field.
 */
function flatten(issue: Issue, base: Path): { path: Path; message: string }[] {
  const path = [...base, ...keyPath(issue.path)];
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const branches = issue.errors;
    const allTypeErrorsHere = branches.every((b) => b.length === 1 && b[0]?.code === 'invalid_type' && b[0].path.length === 0);
    if (allTypeErrorsHere) {
      const expected = branches.map((b) => (b[0]?.code === 'invalid_type' ? b[0].expected : '?'));
      return [{ path, message: `${fieldName(path) ?? 'this'} should be ${expectedKinds(expected)}` }];
    }
    const best = [...branches].sort((a, b) => a.length - b.length)[0] ?? [];
    return best.flatMap((nested) => flatten(nested, path));
  }
  if (issue.code === 'unrecognized_keys') {
    // Point at the stray key itself, not at the object holding it.
    return issue.keys.map((k) => ({ path: [...path, k], message: `unknown field "${k}"${keySuggestion(ProfileFile, path, k)}` }));
  }
  return [{ path, message: plainIssue(issue, path) }];
}

/** Schema problems, less those the checks have already put in words at the same place (BAD_URL's «Invalid URL»). */
function schemaProblems(src: YamlSource, issues: readonly Issue[], checked: readonly Problem[]): Problem[] {
  const said = new Set(checked.filter((p) => p.code === 'BAD_URL').map((p) => p.path.join('.')));
  return issues
    .flatMap((issue) => flatten(issue, []))
    .filter((f) => !said.has(f.path.join('.')))
    .map((f) => src.problem('PROFILE_SCHEMA', 'error', f.message, f.path));
}

/**
 * Loads one contact profile. Never throws: every problem comes back with a code and a location,
 * and a profile is returned only when there is no error.
 */
export function loadProfile(file: string, text: string, opts: { today?: string } = {}): LoadResult<Profile> {
  const src = parseYamlSource(file, text);
  if (src.problems.length > 0) return { status: 'failure', problems: src.problems };

  const today = todayOr(opts.today);
  const parsed = ProfileFile.safeParse(src.data);
  const checked = checkProfile(src, src.data, today);
  const problems = sortProblems([...(parsed.success ? [] : schemaProblems(src, parsed.error.issues, checked.problems)), ...checked.problems]);
  if (!parsed.success || problems.some((p) => p.severity === 'error')) return toResult<Profile>(undefined, problems);

  const data = parsed.data;
  const contacts: Contact[] = [];
  data.contacts.forEach((c, i) => {
    const hours = checked.schedules.get(i);
    const tel = checked.tels.get(i);
    // Unreachable when there were no errors; keeps the types honest without a cast.
    if (!hours || tel === undefined || !isRole(c.role)) return;
    contacts.push({
      role: c.role,
      name: c.name,
      phone: c.phone,
      tel,
      hours,
      who: c.who,
      ...(c.url !== undefined ? { url: c.url } : {}),
      ...(c.note !== undefined ? { note: c.note } : {}),
      source: c.source,
      reviewed: c.reviewed,
    });
  });
  const profile: Profile = {
    id: data.id,
    name: data.name,
    language: data.language,
    note: data.note,
    ...(data.routine !== undefined
      ? { routine: { label: data.routine.label, ...(data.routine.url !== undefined ? { url: data.routine.url } : {}) } }
      : {}),
    contacts,
  };
  return toResult(profile, problems);
}
