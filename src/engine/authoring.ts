/**
 * The authoring contract: load and check flow files, compile them for the app, run scenarios,
 * count paths, draw diagrams and compare versions. Used by the CLI, the Vite build and tests.
 * Never throws on bad input: problems come back as data (see problems.ts).
 */
export * from './index';
export type { YamlSource } from './yaml-source';
export { parseYamlSource } from './yaml-source';
export { hasErrors, sortProblems, toResult, formatPath } from './problems';
export type { FlowCode } from './authoring/codes';
export { FLOW_CODES } from './authoring/codes';
export type { LoadedFlow } from './authoring/load-flow';
export { loadFlow } from './authoring/load-flow';
export { loadVocabulary } from './authoring/load-vocabulary';
export { loadPublisher } from './authoring/load-publisher';
export type { FlowProject, SourceFile } from './authoring/project';
export { loadFlowProject, isFlowFile, isScenarioFile, VOCABULARY_FILE, LOCK_FILE } from './authoring/project';
export type { PublishLock } from './authoring/flow-set';
export { compareVersions, lockKey } from './authoring/flow-set';
export { compileFlow, buildCatalog } from './authoring/compile';
export { contentHash, canonicalJson } from './authoring/hash';
export type { LoadedScenario, ScenarioResult } from './scenarios';
export { loadScenario, runScenario, scenarioProblems } from './scenarios';
export type { PathReport, WalkPath, OutcomeVisit } from './paths';
export { countPaths, listPaths, visitOutcomes, fewestAnswersTo } from './paths';
export { answerChoices, answerEvents, checklistClasses } from './answers';
export type { DiagramModel, DiagramNode, DiagramEdge } from './diagram/model';
export { diagramModel, PHASE_NAMES } from './diagram/model';
export type { DiagramLayout } from './diagram/layout';
export { layoutDiagram } from './diagram/layout';
export { toMermaid } from './diagram/mermaid';
export { toDot } from './diagram/dot';
export { toSvg } from './diagram/svg';
export type { FlowDiff, NodeChange } from './diff';
export { diffFlows } from './diff';
