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
    /** Newest first; the app starts new walks on the newest published one (or newest draft when none is published). */
    versions: { version: string; status: FlowDefinition['status']; effective: string; hash: string; file: string }[];
  }[];
}

export const CATALOG_FILE = 'index.json';
export const compiledFileName = (id: string, version: string): string => `${id}/${version}.json`;
