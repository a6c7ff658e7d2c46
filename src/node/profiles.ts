import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadProfile } from '../engine/profiles/load-profile';
import type { Problem } from '../engine/problems';
import type { Profile } from '../schema/profile';
import { display, ROOT } from './files';

export const PROFILES_DIR = join(ROOT, 'flows', 'profiles');
/** The profile the app starts with unless the user chooses another; set at build time. */
export const DEFAULT_PROFILE_ENV = 'TILTAKSKORT_PROFILE';
export const NATIONAL_PROFILE = 'national';

/** The list at /flows/profiles/index.json. */
export interface ProfileCatalog {
  format: 1;
  default: string;
  profiles: { id: string; name: Profile['name']; language: Profile['language']; file: string }[];
}

/** Load every profile in flows/profiles/ (sorted by id); problems come back with file:line. */
export function loadProfiles(dir = PROFILES_DIR): { profiles: Profile[]; problems: Problem[] } {
  const profiles: Profile[] = [];
  const problems: Problem[] = [];
  if (!existsSync(dir)) return { profiles, problems };
  for (const name of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort()) {
    const path = join(dir, name);
    const result = loadProfile(display(path), readFileSync(path, 'utf8'));
    problems.push(...result.problems);
    if (result.status !== 'failure') profiles.push(result.value);
  }
  return { profiles, problems };
}

/** The default profile: the build's environment variable, else the national one. */
export function defaultProfileId(profiles: Profile[], env: NodeJS.ProcessEnv = process.env, published?: string): { id: string; problem?: string } {
  const wanted = env[DEFAULT_PROFILE_ENV];
  if (wanted && profiles.some((p) => p.id === wanted)) return { id: wanted };
  // Republishing keeps the default the site already has: fixing one number must not move every user
  // who never chose a profile to another municipality's (or only the national) numbers.
  if (!wanted && published && profiles.some((p) => p.id === published)) return { id: published };
  const fallback = profiles.some((p) => p.id === NATIONAL_PROFILE) ? NATIONAL_PROFILE : (profiles[0]?.id ?? NATIONAL_PROFILE);
  return wanted ? { id: fallback, problem: `${DEFAULT_PROFILE_ENV}=${wanted} names no profile in flows/profiles/ (there are: ${profiles.map((p) => p.id).join(', ')})` } : { id: fallback };
}

/** Every profile file the app may fetch, by path under /flows/profiles/. */
export function profileAssets(profiles: Profile[], defaultId: string): Map<string, string> {
  const files = new Map<string, string>();
  const catalog: ProfileCatalog = {
    format: 1,
    default: defaultId,
    profiles: profiles.map((p) => ({ id: p.id, name: p.name, language: p.language, file: `${p.id}.json` })),
  };
  files.set('index.json', JSON.stringify(catalog));
  for (const p of profiles) files.set(`${p.id}.json`, JSON.stringify(p));
  return files;
}
