import { lockKey, prepare, type FlowProject, type Problem, type PublishLock } from '../engine/authoring';
import { safetyProblems } from '../engine/safety/check';
import { RULES } from '../engine/safety/rules';
import type { versionsToday } from './project';

/**
 * The safety rules on every path of each named version (`id@version`), with one line of progress
 * per version: for the large flows this takes the better part of a minute, and a person publishing
 * should see that it is working and what it found.
 */
export function checkSafety(project: Pick<FlowProject, 'flows' | 'compiled'>, refs: string[], progress: (line: string) => void): Problem[] {
  const problems: Problem[] = [];
  for (const ref of refs) {
    const compiled = project.compiled.find((f) => lockKey(f.id, f.version) === ref);
    const loaded = project.flows.find((f) => lockKey(f.definition.id, f.definition.version) === ref);
    if (!compiled || !loaded) continue; // a version with errors: reported by the checks that found them
    const started = Date.now();
    const found = safetyProblems(prepare(compiled), loaded);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const rules = RULES[compiled.id]?.length ?? 0;
    const which = rules > 0 ? `${rules} safety rules and the ones for every flow` : 'only the rules for every flow (this flow has no rules of its own in src/engine/safety/rules.ts)';
    progress(`${ref}: ${found.length === 0 ? 'kept' : `${found.length} break${found.length === 1 ? '' : 's'} (an outcome and a rule each) of`} ${which}, on every path (${seconds} s)`);
    problems.push(...found);
  }
  return problems;
}

/**
 * The versions (`id@version`) new walks start on today or will from a later date, less those published
 * and locked as they are: `lock` checked those when it recorded them, and the hash says they have not
 * changed since. What `compile` must check before it writes.
 */
export function goingLiveUnchecked(today: ReturnType<typeof versionsToday>, lock: PublishLock): string[] {
  return today.flatMap(({ id, start, waiting }) =>
    [start, ...waiting].flatMap((v) => (v && !(v.status === 'published' && lock[lockKey(id, v.version)] === v.hash) ? [lockKey(id, v.version)] : [])),
  );
}
