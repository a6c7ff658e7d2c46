import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { LOCK_FILE, lockKey, type PublishLock } from '../../engine/authoring';
import { readIfExists, ROOT } from '../../node/files';
import { out, printProblems } from '../output';
import { loadProject } from '../../node/project';

export const usage = 'lock                                     record the hash of newly published versions';

/** Record the content hash of each published version that is not yet in the lock. Never rewrites an entry. */
export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, strict: true, options: { flows: { type: 'string' } } });
  const project = loadProject(undefined, { flowsDir: values.flows });
  const blocking = project.problems.filter((p) => p.severity === 'error');
  if (blocking.length > 0) {
    printProblems(project.problems, project.flows.length);
    out('lock not changed: fix the errors first');
    return 1;
  }
  const path = values.flows ? join(values.flows, 'published.lock.json') : join(ROOT, LOCK_FILE);
  const existing = readIfExists(path);
  const lock: PublishLock = existing ? (JSON.parse(existing) as PublishLock) : {};
  const added: string[] = [];
  for (const f of project.flows) {
    const key = lockKey(f.definition.id, f.definition.version);
    if (f.definition.status === 'published' && lock[key] === undefined) {
      lock[key] = f.hash;
      added.push(key);
    }
  }
  const sorted = Object.fromEntries(Object.entries(lock).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(path, `${JSON.stringify(sorted, null, 2)}\n`);
  out(added.length > 0 ? `recorded ${added.join(', ')} in ${LOCK_FILE}` : `nothing new to record in ${LOCK_FILE}`);
  return 0;
}
