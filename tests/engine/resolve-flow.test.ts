import { describe, expect, it } from 'vitest';
import type { CompiledFlow } from '../../src/engine/index';
import { resolveFlow } from '../../src/node/project';

/** Only what resolveFlow reads of a compiled flow: its id and version. */
const flow = (ref: string): CompiledFlow => {
  const [id, version] = ref.split('@');
  return { id, version } as CompiledFlow;
};
const project = (compiled: string[], withErrors: string[] = []) => ({ compiled: compiled.map(flow), withErrors: new Set(withErrors) });
const found = (r: ReturnType<typeof resolveFlow>) => ('flow' in r ? `${r.flow.id}@${r.flow.version}` : r);

describe('resolving a flow a scenario or command names', () => {
  it('takes the newest version when none is named, or the one named', () => {
    expect(found(resolveFlow(project(['barn@1.0.0', 'barn@1.1.0']), 'barn'))).toBe('barn@1.1.0');
    expect(found(resolveFlow(project(['barn@1.0.0', 'barn@1.1.0']), 'barn@1.0.0'))).toBe('barn@1.0.0');
  });

  it('says a flow has errors when the newest version is broken, rather than falling back to an older one', () => {
    expect(resolveFlow(project(['barn@1.0.0'], ['barn@1.1.0']), 'barn')).toEqual({ error: 'flow "barn" has errors: run "npm run flows -- validate"', hasErrors: true });
  });

  it('takes an older version named by a scenario when only a newer one is broken', () => {
    expect(found(resolveFlow(project(['barn@1.0.0'], ['barn@1.1.0']), 'barn@1.0.0'))).toBe('barn@1.0.0');
  });

  it('says the named version has errors when it is the broken one', () => {
    expect(resolveFlow(project(['barn@1.1.0'], ['barn@1.0.0']), 'barn@1.0.0')).toMatchObject({ hasErrors: true });
  });

  it('counts a broken file that does not say its version («id@?») as possibly the newest', () => {
    expect(resolveFlow(project(['barn@1.0.0'], ['barn@?']), 'barn')).toMatchObject({ hasErrors: true });
  });

  it('names what there is when a flow or version does not exist at all', () => {
    expect(resolveFlow(project(['barn@1.0.0', 'voksen@1.0.0']), 'barm')).toEqual({ error: 'no flow "barm" (there are: barn, voksen)' });
    expect(resolveFlow(project(['barn@1.0.0']), 'barn@2.0.0')).toEqual({ error: 'flow "barn" has no version 2.0.0 (there are: 1.0.0)' });
  });
});
