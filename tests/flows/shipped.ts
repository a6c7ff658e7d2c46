import { prepare, type Runnable } from '../../src/engine/authoring';
import { loadProject } from '../../src/node/project';

/** Every shipped flow version in flows/, compiled as the app would load it. */
export function shippedFlows(): Runnable[] {
  const project = loadProject();
  const errors = project.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new Error(`flows/ has errors:\n${errors.map((e) => `${e.file}:${e.line} ${e.code} ${e.message}`).join('\n')}`);
  return project.compiled.map(prepare);
}
