// The scenario library's shape is part of the engine's compiled-output contract (src/engine/compiled.ts),
// shared with the build that writes it (src/node/scenarios.ts).
export { scenarioLibraryFile, type ScenarioLibrary, type ShippedScenario } from '../../engine/index';
