import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCatalog, CATALOG_FILE, compiledFileName } from '../../engine/authoring';
import { out, printProblems } from '../output';
import { loadProject } from '../../node/project';

export const usage = 'compile [-o dir]                         write the JSON the app loads (default: dist/flows)';

/** Write index.json and one JSON per flow version; refuses when any flow has errors. */
export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, strict: true, options: { flows: { type: 'string' }, output: { type: 'string', short: 'o', default: 'dist/flows' } } });
  const project = loadProject(undefined, { flowsDir: values.flows });
  if (project.problems.some((p) => p.severity === 'error')) {
    printProblems(project.problems, project.flows.length);
    out('nothing written: fix the errors first');
    return 1;
  }
  for (const f of project.compiled) {
    const file = join(values.output, compiledFileName(f.id, f.version));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(f));
  }
  mkdirSync(values.output, { recursive: true });
  writeFileSync(join(values.output, CATALOG_FILE), JSON.stringify(buildCatalog(project.compiled), null, 1));
  out(`wrote ${project.compiled.length} flow version${project.compiled.length === 1 ? '' : 's'} and ${CATALOG_FILE} to ${values.output}`);
  return 0;
}
