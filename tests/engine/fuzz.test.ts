import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { FLOW_CODES, loadFlow, loadFlowProject, loadScenario, loadVocabulary, prepare, runScenario, type LoadResult, type Problem } from '../../src/engine/authoring';
import { EXAMPLE_FILE, EXAMPLE_SCENARIO, exampleFlow, read, vocabulary } from './helpers';

const flowText = read(EXAMPLE_FILE);
const scenarioText = read(EXAMPLE_SCENARIO);
// Only the actions the example uses: the vocabulary is not what is being fuzzed, and parsing less keeps it quick.
const fullVocabulary = parse(vocabulary().text) as { dispositions: Json; actions: Record<string, Json>; seeds: Json };
const used = new Set([...flowText.matchAll(/action: ([a-z0-9-]+)/g)].map((m) => m[1]));
const vocab = {
  path: 'flows/vocabulary.yaml',
  text: stringify({ dispositions: fullVocabulary.dispositions, seeds: fullVocabulary.seeds, actions: Object.fromEntries(Object.entries(fullVocabulary.actions).filter(([id]) => used.has(id))) }),
};
const parsedVocabulary = loadVocabulary(vocab.path, vocab.text);
if (parsedVocabulary.status === 'failure') throw new Error('the vocabulary does not load');
const r = prepare(exampleFlow());
// FUZZ_RUNS=5000 npx vitest run tests/engine/fuzz.test.ts searches harder.
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

type Json = unknown;
type Path = (string | number)[];

/** Every path into a parsed document, the root left out. */
function pathsOf(v: Json, at: Path = []): Path[] {
  if (Array.isArray(v)) return v.flatMap((x, i) => [[...at, i], ...pathsOf(x, [...at, i])]);
  if (v !== null && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => [[...at, k], ...pathsOf(x, [...at, k])]);
  return [];
}

function parentOf(doc: Json, path: Path): { parent: Record<string | number, Json> | Json[]; key: string | number } | undefined {
  let parent = doc as Record<string | number, Json>;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, Json>;
  const key = path.at(-1);
  return key === undefined || parent === null || typeof parent !== 'object' ? undefined : { parent, key };
}

/** A change to the parsed flow, given the random choices it needs; returns the changed copy. */
type Mutation = (doc: Json, pick: number, value: Json, text: string) => Json;

const nodesOf = (doc: Json): { phase: string; list: Json[]; i: number }[] => {
  const phases = (doc as { phases?: Record<string, Json[]> }).phases ?? {};
  return Object.entries(phases).flatMap(([phase, list]) => (Array.isArray(list) ? list.map((_, i) => ({ phase, list, i })) : []));
};

const MUTATIONS: Record<string, Mutation> = {
  'delete a key': (doc, pick) => {
    const paths = pathsOf(doc);
    const at = parentOf(doc, paths[pick % paths.length] ?? []);
    if (at && Array.isArray(at.parent)) at.parent.splice(Number(at.key), 1);
    else if (at) delete (at.parent as Record<string | number, Json>)[at.key];
    return doc;
  },
  'replace a value with any JSON value': (doc, pick, value) => {
    const paths = pathsOf(doc);
    const at = parentOf(doc, paths[pick % paths.length] ?? []);
    if (at) (at.parent as Record<string | number, Json>)[at.key] = value;
    return doc;
  },
  'rename an id': (doc, pick, _value, text) => {
    const nodes = nodesOf(doc);
    const n = nodes[pick % Math.max(nodes.length, 1)];
    const node = n?.list[n.i];
    if (node && typeof node === 'object') (node as { id?: Json }).id = text;
    return doc;
  },
  'duplicate a node': (doc, pick) => {
    const nodes = nodesOf(doc);
    const n = nodes[pick % Math.max(nodes.length, 1)];
    if (n) n.list.splice(n.i, 0, structuredClone(n.list[n.i]));
    return doc;
  },
  'drop a node': (doc, pick) => {
    const nodes = nodesOf(doc);
    const n = nodes[pick % Math.max(nodes.length, 1)];
    if (n) n.list.splice(n.i, 1);
    return doc;
  },
};

/** Random broken versions of a YAML text: structural changes to its data, or damage to the text itself. */
function mutated(text: string): fc.Arbitrary<{ how: string; text: string }> {
  const data = parse(text) as Json;
  const structural = fc
    .tuple(fc.constantFrom(...Object.keys(MUTATIONS)), fc.nat(), fc.jsonValue({ maxDepth: 2 }), fc.string({ maxLength: 12 }))
    .map(([how, pick, value, name]) => ({ how, text: stringify((MUTATIONS[how] as Mutation)(structuredClone(data), pick, value, name)) }));
  const truncated = fc.nat(text.length).map((at) => ({ how: `truncate at ${at}`, text: text.slice(0, at) }));
  const inserted = fc
    .tuple(fc.nat(text.length), fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(':', '- ', '{', '}', '[', '"', '\t', '\n  ', '&a', '*a', '!!binary', '---\n', '%YAML', '\u0000')))
    .map(([at, s]) => ({ how: `insert ${JSON.stringify(s)} at ${at}`, text: text.slice(0, at) + s + text.slice(at) }));
  return fc.oneof({ arbitrary: structural, weight: 3 }, truncated, inserted);
}

/** Every problem is located data: a known code, a severity, the file, a line and column that are not negative. */
function wellFormed(problems: Problem[], files: string[]): void {
  for (const p of problems) {
    expect(Object.keys(FLOW_CODES)).toContain(p.code);
    expect(p.code).not.toBe('INTERNAL');
    expect(['error', 'warning']).toContain(p.severity);
    expect(files).toContain(p.file);
    expect(Number.isInteger(p.line) && p.line >= 0).toBe(true);
    expect(Number.isInteger(p.column) && p.column >= 0).toBe(true);
    expect(p.message.length).toBeGreaterThan(0);
  }
}

function consistent<T>(result: LoadResult<T>): void {
  if (result.status === 'failure') expect(result.problems.some((p) => p.severity === 'error')).toBe(true);
  else expect(result.value).toBeDefined();
}

describe('broken input never makes the loaders throw', () => {
  it('loadFlow returns located problems for any mutation of the example flow', () => {
    fc.assert(
      fc.property(mutated(flowText), ({ text }) => {
        const result = loadFlow(EXAMPLE_FILE, text, parsedVocabulary.value);
        wellFormed(result.problems, [EXAMPLE_FILE]);
        consistent(result);
      }),
      { numRuns: RUNS },
    );
  });

  it('loadFlowProject checks a mutated version beside the original and compiles only what is sound', () => {
    const next = 'tests/fixtures/example/flows/example/1.1.0.yaml';
    fc.assert(
      fc.property(mutated(flowText.replace('version: 1.0.0', 'version: 1.1.0')), ({ text }) => {
        const project = loadFlowProject(vocab, [{ path: EXAMPLE_FILE, text: flowText }, { path: next, text }], undefined);
        wellFormed(project.problems, [EXAMPLE_FILE, next]);
        for (const f of project.compiled) {
          const file = project.flows.find((l) => l.definition === f.definition)?.file;
          expect(project.problems.filter((p) => p.file === file && p.severity === 'error')).toEqual([]);
        }
        // The untouched version always compiles and still walks.
        expect(project.compiled.map((f) => f.version)).toContain('1.0.0');
      }),
      { numRuns: RUNS / 3 },
    );
  });

  it('loadScenario, and running what loads, never throw on a mutated scenario', () => {
    fc.assert(
      fc.property(mutated(scenarioText), ({ text }) => {
        const result = loadScenario(EXAMPLE_SCENARIO, text);
        wellFormed(result.problems, [EXAMPLE_SCENARIO]);
        consistent(result);
        if (result.status !== 'failure') expect(typeof runScenario(r, result.value).passed).toBe('boolean');
      }),
      { numRuns: RUNS },
    );
  });
});
