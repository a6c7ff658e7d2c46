import { yamlBaseName } from '../file-name';
import type { Problem } from '../problems';
import type { LoadedFlow } from './load-flow';

/** flows/published.lock.json: the content hash of every published version, so it is never changed in place. */
export type PublishLock = Record<string, string>;

export const lockKey = (id: string, version: string): string => `${id}@${version}`;

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Whether a flow's file is named by the version it declares: flows/<id>/<version>.yaml. */
const namedBy = (f: LoadedFlow): boolean => yamlBaseName(f.file) === f.definition.version;

/**
 * Checks across the versions of each flow: one file per version, later versions take effect later,
 * and published versions keep the hash recorded when they were published. `unreadable`: the
 * "id@version" of files that did not load, which are there, only broken.
 */
export function flowSetProblems(flows: LoadedFlow[], lock: PublishLock, lockFile: string, unreadable: ReadonlySet<string> = new Set()): Problem[] {
  const problems: Problem[] = [];
  const at = (f: LoadedFlow, key: string, code: string, severity: Problem['severity'], message: string): Problem => ({
    code, severity, message, file: f.file, ...f.locate([key]), path: [key],
  });

  const byId = new Map<string, LoadedFlow[]>();
  for (const f of flows) byId.set(f.definition.id, [...(byId.get(f.definition.id) ?? []), f]);
  for (const versions of byId.values()) {
    // Of two files with one version, the one named by it comes first, so the error lands on the other
    // (a copy such as «1.0.0 (2).yaml», or a file whose version was not changed), not on the original.
    versions.sort((a, b) => compareVersions(a.definition.version, b.definition.version) || Number(namedBy(b)) - Number(namedBy(a)));
    for (let i = 1; i < versions.length; i++) {
      const prev = versions[i - 1] as LoadedFlow;
      const cur = versions[i] as LoadedFlow;
      if (compareVersions(prev.definition.version, cur.definition.version) === 0) {
        problems.push(at(cur, 'version', 'VERSION_NOT_INCREASING', 'error', `version ${cur.definition.version} is also declared by ${prev.file}`));
      } else if (cur.definition.effective < prev.definition.effective) {
        problems.push(at(cur, 'effective', 'VERSION_NOT_INCREASING', 'error', `version ${cur.definition.version} takes effect ${cur.definition.effective}, before the older ${prev.definition.version} (${prev.definition.effective})`));
      }
    }
  }

  for (const f of flows) {
    const key = lockKey(f.definition.id, f.definition.version);
    const recorded = lock[key];
    if (recorded !== undefined && recorded !== f.hash) {
      problems.push(at(f, 'version', 'PUBLISHED_CHANGED', 'error', `${key} was published with hash ${recorded.slice(0, 19)}… and has been changed in place: restore it and make a new version`));
    } else if (recorded === undefined && f.definition.status === 'published') {
      problems.push(at(f, 'status', 'PUBLISHED_NOT_LOCKED', 'warning', `${key} is published but its hash is not recorded in ${lockFile}: run "npm run flows -- lock"`));
    }
  }
  const present = new Set(flows.map((f) => lockKey(f.definition.id, f.definition.version)));
  for (const key of Object.keys(lock)) {
    if (present.has(key)) continue;
    // A published file that no longer loads is there, not gone: edited in place, or failing a check
    // that changed (the vocabulary, say). Its errors are reported with it.
    if (unreadable.has(key)) problems.push({ code: 'PUBLISHED_CHANGED', severity: 'error', message: `${key} was published and its file no longer passes the checks (its errors are listed with it): if it was edited, restore it as published and make a new version for the change`, file: lockFile, line: 0, column: 0, path: [key] });
    else problems.push({ code: 'PUBLISHED_MISSING', severity: 'warning', message: `${key} was published but its file is gone: walks pinned to it can no longer be restored`, file: lockFile, line: 0, column: 0, path: [key] });
  }
  return problems;
}
