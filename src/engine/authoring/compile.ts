import type { LegalRef } from '../../schema/common';
import type { Vocabulary } from '../../schema/vocabulary';
import type { CompiledFlow, FlowCatalog } from '../compiled';
import { compiledFileName } from '../compiled';
import { indexNodes } from '../graph';
import { compareVersions } from './flow-set';
import type { LoadedFlow } from './load-flow';
import { eachObject } from './each-object';
import { citedSeeds } from './seeds';

/** The JSON the app loads for one flow version: the checked definition plus the vocabulary it uses. */
export function compileFlow(loaded: LoadedFlow, vocabulary: Vocabulary): CompiledFlow {
  const def = loaded.definition;
  const used = new Set<string>();
  for (const { node } of indexNodes(def).values()) if (node.kind === 'outcome') node.actions.forEach((a) => used.add(a.action));
  const actions = Object.fromEntries(Object.entries(vocabulary.actions).filter(([id]) => used.has(id)));
  const checked = collectLegal(def).flatMap((l) => (l.checked ? [l.checked] : [])).sort();
  const cited = citedSeeds(def, actions);
  const seeds = Object.fromEntries(Object.entries(vocabulary.seeds ?? {}).filter(([file]) => cited.has(file)));
  return {
    format: 1,
    id: def.id,
    version: def.version,
    status: def.status,
    hash: loaded.hash,
    lawCheckedOn: checked[0],
    definition: def,
    vocabulary: { dispositions: vocabulary.dispositions, actions, seeds },
  };
}

export function buildCatalog(flows: CompiledFlow[]): FlowCatalog {
  const byId = new Map<string, CompiledFlow[]>();
  for (const f of flows) byId.set(f.id, [...(byId.get(f.id) ?? []), f]);
  return {
    format: 1,
    flows: [...byId.entries()].map(([id, versions]) => {
      versions.sort((a, b) => compareVersions(b.version, a.version));
      const newest = versions[0] as CompiledFlow;
      return {
        id,
        title: newest.definition.title,
        description: newest.definition.description,
        versions: versions.map((v) => ({ version: v.version, status: v.status, effective: v.definition.effective, hash: v.hash, file: compiledFileName(v.id, v.version) })),
      };
    }),
  };
}

function collectLegal(value: unknown): LegalRef[] {
  const out: LegalRef[] = [];
  eachObject(value, (object) => {
    if (Array.isArray(object.legal)) out.push(...(object.legal as LegalRef[]));
  });
  return out;
}
