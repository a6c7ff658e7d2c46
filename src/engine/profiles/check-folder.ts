import { LANGS } from '../../schema/common';
import { yamlBaseName } from '../file-name';
import type { Problem } from '../problems';
import { parseYamlSource } from '../yaml-source';
import { PROFILE_CODES } from './codes';
import { NATIONAL_PROFILE_ID } from './national-lines';

export interface ProfileText {
  file: string;
  text: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The checks that need the whole profiles folder, not one file: what the app publishes is the
 * folder. `folder` is the folder as the user wrote it (for the message); `files` are its profiles
 * in the order they are listed, each as read. A file that does not parse is skipped here: its own
 * check reports it.
 */
export function checkProfileFolder(folder: string, files: readonly ProfileText[]): Problem[] {
  const problems: Problem[] = [];
  if (!files.some((f) => yamlBaseName(f.file) === NATIONAL_PROFILE_ID)) {
    // No line to point at: the problem is a file that is not there.
    problems.push({
      code: 'NATIONAL_PROFILE_MISSING',
      severity: PROFILE_CODES.NATIONAL_PROFILE_MISSING,
      message: `the profiles folder has no ${NATIONAL_PROFILE_ID}.yaml: without it no profile shows 112, 113, 02800 or the other national lines — restore the file`,
      file: `${folder.replace(/[\\/]+$/, '')}/${NATIONAL_PROFILE_ID}.yaml`,
      line: 0,
      column: 0,
      path: [],
    });
  }

  // The user picks a profile by its name, in their language: two alike cannot be told apart.
  const named = new Map<string, { id: string; file: string }>();
  for (const { file, text } of files) {
    const src = parseYamlSource(file, text);
    const name = isRecord(src.data) ? src.data['name'] : undefined;
    if (!isRecord(name)) continue;
    const clashes: { lang: string; other: { id: string; file: string } }[] = [];
    for (const lang of LANGS) {
      const value = name[lang];
      if (typeof value !== 'string' || value.trim() === '') continue;
      const key = `${lang} ${value.trim().toLocaleLowerCase('nb')}`;
      const other = named.get(key);
      if (other) clashes.push({ lang, other });
      else named.set(key, { id: yamlBaseName(file), file });
    }
    const first = clashes[0];
    if (first) {
      const langs = clashes.map((c) => c.lang).join(', ');
      problems.push(src.problem('DUPLICATE_PROFILE_NAME', PROFILE_CODES.DUPLICATE_PROFILE_NAME, `the name (${langs}) is the same as profile ${first.other.id}'s (${first.other.file}): users choose a profile by its name, so give this one its own`, ['name', first.lang]));
    }
  }
  return problems;
}
