import type { Disposition, Role } from '../schema/constants';
import type { Localized } from '../schema/common';
import type { FlowDefinition } from '../schema/flow';
import type { Vocabulary } from '../schema/vocabulary';

/**
 * What the app loads: a definition the build (or the CLI's `compile`) has already validated,
 * with the vocabulary entries it uses and the content hash its walks are pinned to. The browser
 * trusts it and never ships the validator.
 */
export interface CompiledFlow {
  format: 1;
  id: string;
  version: string;
  status: FlowDefinition['status'];
  hash: string;
  /** The oldest check date among the flow's legal references: the summary says "law checked on". */
  lawCheckedOn: string | undefined;
  definition: FlowDefinition;
  vocabulary: Vocabulary;
}

/** The list at /flows/index.json. */
export interface FlowCatalog {
  format: 1;
  flows: {
    id: string;
    title: FlowDefinition['title'];
    description: FlowDefinition['description'];
    /** Newest first; new walks start on `versionForNewWalks`. */
    versions: { version: string; status: FlowDefinition['status']; effective: string; hash: string; file: string }[];
  }[];
}

export const CATALOG_FILE = 'index.json';
/** Who publishes the site (flows/publisher.yaml, checked), beside the catalog; `null` until a municipality adds one. */
export const PUBLISHER_FILE = 'publisher.json';

/**
 * The version new walks start on, on `today` (a date in Norway, YYYY-MM-DD): the newest published
 * version whose `effective` date has come, so a municipality can publish a new routine ahead of the
 * day it applies from; before any has, the one that takes effect first. While nothing is published,
 * the drafts are chosen from the same way: a draft dated next year is being written, and does not
 * reach users before its date. A walk already started keeps its own version.
 */
export function versionForNewWalks(entry: FlowCatalog['flows'][number], today: string): string | undefined {
  const published = entry.versions.filter((v) => v.status === 'published');
  const from = published.length > 0 ? published : entry.versions;
  return (from.find((v) => v.effective <= today) ?? from.at(-1))?.version;
}

export const compiledFileName = (id: string, version: string): string => `${id}/${version}.json`;

/** One vignette of the scenario library, as the build ships it for practice mode. */
export interface ShippedScenario {
  /** The file name without .yaml: the id in #/trening/ov/<flow>/<id>. */
  id: string;
  version: string | undefined;
  role: Role | undefined;
  title: Localized;
  vignette: Localized;
  /** Question node id → the answer the vignette expects. */
  answers: Record<string, string | string[]>;
  expect: { disposition: Disposition; outcome: string | undefined; actions: { include: string[]; exclude: string[] } };
}

/** /flows/<id>/scenarios.json: a flow's vignettes, parsed and checked at build time. */
export interface ScenarioLibrary {
  format: 1;
  flow: string;
  scenarios: ShippedScenario[];
}

export const scenarioLibraryFile = (flowId: string): string => `${flowId}/scenarios.json`;
