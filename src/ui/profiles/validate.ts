import type { Problem } from '../../engine/index';
import type { Profile } from '../../schema/profile';
import { isLoadedForm, toFileForm } from './fileForm';

export type Checked =
  | { ok: true; profile: Profile; warnings: Problem[]; lines: boolean }
  | { ok: false; problems: Problem[]; lines: boolean };

/**
 * Checks a profile file fetched in the browser with the same loader, schema and checks as the
 * build. The loader (zod and the YAML parser) is imported here only when needed, so the app does
 * not carry it. `lines` is false when the positions do not refer to the file as written (a
 * built JSON profile, checked after writing it back in authored form): show the paths instead.
 */
export async function checkProfileText(path: string, text: string): Promise<Checked> {
  const { loadProfile } = await import('../../engine/profiles/load-profile');
  // The id must match the file name, as in flows/profiles/<id>.yaml.
  const name = (path.split('/').pop() ?? path).replace(/\.json$/i, '.yaml');
  let source = text;
  let lines = true;
  if (/\.json$/i.test(path) || text.trimStart().startsWith('{')) {
    try {
      const data: unknown = JSON.parse(text);
      if (isLoadedForm(data)) {
        source = JSON.stringify(toFileForm(data), null, 2);
        lines = false;
      }
    } catch {
      /* not JSON after all: the YAML parser reports where it breaks */
    }
  }
  const result = loadProfile(name, source);
  const problems = result.problems.map((p) => ({ ...p, file: path }));
  if (result.status === 'failure') return { ok: false, problems, lines };
  return { ok: true, profile: result.value, warnings: problems, lines };
}
