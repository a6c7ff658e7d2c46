import { parseArgs } from 'node:util';
import { lockKey } from '../../engine/authoring';
import { err, out, printProblems } from '../output';
import { loadProject, resolveFlow } from '../../node/project';
import { checkSafety } from '../../node/safety';

export const usage = 'safety [flow[@version]…]                 check the safety rules on every path (default: every version)';

/** The product's safety rules (src/engine/safety/rules.ts) on every path of the named versions. */
export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: { flows: { type: 'string' } } });
  const project = loadProject(undefined, { flowsDir: values.flows });
  const refs: string[] = [];
  for (const ref of positionals) {
    const res = resolveFlow(project, ref);
    if ('error' in res) {
      err(res.error);
      return 1;
    }
    refs.push(lockKey(res.flow.id, res.flow.version));
  }
  if (positionals.length === 0) {
    const broken = project.problems.filter((p) => p.severity === 'error');
    if (broken.length > 0) {
      printProblems(broken, project.flows.length);
      out('the versions above with errors were not checked: fix them first');
    }
    refs.push(...project.compiled.map((f) => lockKey(f.id, f.version)));
  }
  if (refs.length === 0) {
    err(`no flow to check in ${values.flows ?? 'flows/'}`);
    return 1;
  }
  const problems = checkSafety(project, refs, out);
  return printProblems(problems, refs.length) > 0 || project.problems.some((p) => p.severity === 'error') ? 1 : 0;
}
