/**
 * The runtime contract of the engine: what the app needs to walk a compiled flow. Pure TypeScript —
 * no React, no DOM, no Node APIs, no zod — so it is light in the browser and the same in tests and CLI.
 * Authoring (YAML, validation, compile, diagram, diff) is in ./authoring.ts. See README.md beside this file.
 */
export type { CompiledFlow, FlowCatalog, ScenarioLibrary, ShippedScenario } from './compiled';
export { CATALOG_FILE, PUBLISHER_FILE, compiledFileName, scenarioLibraryFile, versionForNewWalks } from './compiled';
export type { Facts } from './conditions';
export { evaluate } from './conditions';
export { answerValues, YESNO_VALUES } from './graph';
export type { WalkContext, WalkEvent, WalkSnapshot, FlowMachine, TrailEntry } from './machine';
export { createFlowMachine } from './machine';
export type { ResolvedAction, ResolvedOutcome } from './outcome';
export { actionTitle } from './outcome';
export type { Runnable, WalkView, ViewOptions, Explanation, AnswerGiven, RuleApplied } from './walk';
export { prepare, startWalk, step, viewWalk, explain, labelsFor } from './walk';
export type { WalkRecord, RestoreResult } from './pin';
export { recordWalk, restoreWalk } from './pin';
export type { Problem, LoadResult, Severity } from './problems';
export { formatProblem } from './problems';
export type { Lang, Localized, LegalRef, SourceRef } from '../schema/common';
export { LANGS, DISPOSITIONS, PHASES, ROLES } from '../schema/constants';
export type { Role } from '../schema/constants';
export type { Disposition, FlowDefinition, FlowNode, GuidanceNode, QuestionNode, OutcomeNode, Phase, FactValue, Condition } from '../schema/flow';
