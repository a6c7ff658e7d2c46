import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Profile } from '../../schema/profile';
import { formatProblem, hasErrors, sortProblems, type Problem } from '../../engine/problems';
import { describeSchedule } from '../../engine/profiles/describe';
import { loadProfile } from '../../engine/profiles/load-profile';
import { isCalendarDate } from '../../schema/calendar-date';
import { display } from '../../node/files';
import { PROFILES_DIR, profileFolderProblems } from '../../node/profiles';

const DEFAULT_DIR = 'flows/profiles';
const NATIONAL_ID = 'national';

const USAGE = `usage: npm run flows -- profiles [--today YYYY-MM-DD] [file.yaml | folder …]
Lists each contact profile's contacts (role, name, phone, hours, reviewed) and its problems.
With no paths, reads ${DEFAULT_DIR}/. --today sets the date staleness is measured from.`;

/** Files given, with folders expanded to the .yaml files in them (sorted, for stable output). */
async function expand(paths: readonly string[]): Promise<{ files: string[]; problems: Problem[] }> {
  const files: string[] = [];
  const problems: Problem[] = [];
  for (const p of paths) {
    try {
      if ((await stat(p)).isDirectory()) {
        const names = (await readdir(p)).filter((n) => /\.ya?ml$/.test(n)).sort();
        files.push(...names.map((n) => join(p, n)));
        // A folder is what gets published: national.yaml must be in it, and no two profiles may share a name.
        problems.push(...profileFolderProblems(p, (f) => f));
      } else files.push(p);
    } catch (e) {
      problems.push(readProblem(p, e));
    }
  }
  return { files, problems };
}

function readProblem(file: string, e: unknown): Problem {
  const message = e instanceof Error ? e.message : String(e);
  return { code: 'FILE_READ', severity: 'error', message, file, line: 0, column: 0, path: [] };
}

interface Loaded {
  file: string;
  profile?: Profile;
  problems: Problem[];
}

async function loadAll(paths: readonly string[], today: string | undefined): Promise<{ loaded: Loaded[]; problems: Problem[] }> {
  const { files, problems } = await expand(paths);
  const loaded: Loaded[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      problems.push(readProblem(file, e));
      continue;
    }
    const result = loadProfile(file, text, today !== undefined ? { today } : {});
    loaded.push({ file, problems: result.problems, ...(result.status !== 'failure' ? { profile: result.value } : {}) });
  }
  return { loaded, problems };
}

/** Reads profile files (or folders of them) and returns every problem; used by `validate`. */
export async function validateProfiles(paths: string[], opts: { today?: string } = {}): Promise<Problem[]> {
  const { loaded, problems } = await loadAll(paths, opts.today);
  return sortProblems([...problems, ...loaded.flatMap((l) => l.problems)]);
}

function table(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c] ?? 0))).join('  ').trimEnd());
}

function render(l: Loaded, national: Profile | undefined): string[] {
  const p = l.profile;
  if (!p) return [`${l.file}: not loaded (see the problems below)`];
  const lang = p.language;
  const out = [`${p.id} — ${p.name[lang] ?? p.id} (${lang})  ${l.file}`];
  const stale = new Set(l.problems.filter((x) => x.code === 'CONTACT_STALE').map((x) => x.path[1]));
  const rows = [['role', 'name', 'phone', 'hours', 'reviewed']];
  p.contacts.forEach((c, i) => {
    rows.push([c.role, c.name[lang] ?? '', c.phone, describeSchedule(c.hours), c.reviewed + (stale.has(i) ? '  STALE' : '')]);
  });
  out.push(...table(rows).map((r) => `  ${r}`));
  if (national && p.id !== national.id) out.push(`  + ${national.contacts.length} national contacts from ${NATIONAL_ID}.yaml`);
  return out;
}

export async function run(args: string[]): Promise<number> {
  const paths: string[] = [];
  let today: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--help' || a === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (a === '--today') {
      today = args[++i];
      if (!today || !isCalendarDate(today)) {
        process.stdout.write(`--today needs a day on the calendar, as YYYY-MM-DD\n${USAGE}\n`);
        return 2;
      }
    } else if (a.startsWith('-')) {
      process.stdout.write(`unknown option ${a}\n${USAGE}\n`);
      return 2;
    } else paths.push(a);
  }

  // The project's own profiles, as `validate` and `compile` read them, wherever the command is run from.
  const { loaded, problems } = await loadAll(paths.length > 0 ? paths : [display(PROFILES_DIR)], today);
  const national = loaded.find((l) => l.profile?.id === NATIONAL_ID)?.profile;
  const lines: string[] = [];
  for (const l of loaded) lines.push(...render(l, national), '');
  const all = sortProblems([...problems, ...loaded.flatMap((l) => l.problems)]);
  for (const p of all) lines.push(formatProblem(p));
  const errors = all.filter((p) => p.severity === 'error').length;
  const warnings = all.length - errors;
  lines.push(`${loaded.length} profile file${loaded.length === 1 ? '' : 's'}, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
  process.stdout.write(`${lines.join('\n')}\n`);
  return hasErrors(all) ? 1 : 0;
}
