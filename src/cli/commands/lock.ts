import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { LOCK_FILE, lockKey, type PublishLock } from '../../engine/authoring';
import { display, ROOT } from '../../node/files';
import { checkSafety } from '../../node/safety';
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
  const lock: PublishLock = { ...project.lock };
  const added = project.flows.filter((f) => f.definition.status === 'published' && lock[lockKey(f.definition.id, f.definition.version)] === undefined);
  if (added.length === 0) {
    out(`nothing new to record in ${display(path)}`);
    return 0;
  }
  // Locking is approving: what is recorded here goes live with no further check (compile trusts it).
  const keys = added.map((f) => lockKey(f.definition.id, f.definition.version));
  out('checking the safety rules on every path of what is to be recorded:');
  const unsafe = checkSafety(project, keys, (line) => out(`  ${line}`));
  if (unsafe.length > 0) {
    printProblems(unsafe, keys.length);
    out(`${display(path)} not changed: fix the errors first`);
    return 1;
  }
  for (const f of added) lock[lockKey(f.definition.id, f.definition.version)] = f.hash;
  const sorted = Object.fromEntries(Object.entries(lock).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(path, `${JSON.stringify(sorted, null, 2)}\n`);
  out(`recorded ${keys.join(', ')} in ${display(path)}`);
  return 0;
}
