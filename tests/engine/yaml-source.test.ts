import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { expandsTooFar, parseYamlSource } from '../../src/engine/yaml-source';

const ROOT = join(import.meta.dirname, '../..');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

const files = [...yamlFiles(join(ROOT, 'flows')), ...yamlFiles(join(ROOT, 'tests/fixtures'))];

describe('reading YAML quickly, with positions when asked', () => {
  it('finds the files it compares', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.map((f) => [relative(ROOT, f), f]))('%s: the same data as the yaml library', (_name, path) => {
    const text = readFileSync(path, 'utf8');
    const doc = parseDocument(text, { uniqueKeys: true });
    const src = parseYamlSource(path, text);
    if (doc.errors.length > 0) {
      expect(src.data).toBeUndefined();
      expect(src.problems[0]?.code).toBe('YAML_SYNTAX');
    } else {
      expect(src.problems).toEqual([]);
      expect(src.data).toEqual(doc.toJS({ maxAliasCount: 100 }));
    }
  });

  it('points at the line and column a path was written on', () => {
    const src = parseYamlSource('f.yaml', 'id: x\nnodes:\n  - id: a\n    next: b\n');
    expect(src.locate(['nodes', 0, 'next'])).toEqual({ line: 4, column: 11 });
    // A missing key is reported at its parent.
    expect(src.locate(['nodes', 0, 'missing'])).toEqual({ line: 3, column: 5 });
  });

  it('points at a part repeated with *name where it is used, or, when asked, where its &name writes it', () => {
    const src = parseYamlSource('f.yaml', 'first:\n  rules:\n    - &shared\n      id: a\nsecond:\n  rules:\n    - *shared\n');
    expect(src.locate(['second', 'rules', 0, 'label'])).toEqual({ line: 7, column: 7 });
    expect(src.locate(['second', 'rules', 0, 'label'], { throughAliases: true })).toEqual({ line: 4, column: 7 });
    expect(src.locate(['first', 'rules', 0], { throughAliases: true })).toEqual({ line: 4, column: 7 });
  });

  it("reports a syntax error with the yaml library's line and column", () => {
    const src = parseYamlSource('f.yaml', 'id: x\nnodes:\n  - id: a\n   bad: [\n');
    expect(src.data).toBeUndefined();
    expect(src.problems.length).toBeGreaterThan(0);
    expect(src.problems[0]).toMatchObject({ code: 'YAML_SYNTAX', file: 'f.yaml', line: expect.any(Number) });
    expect(src.problems[0]!.line).toBeGreaterThan(1);
  });

  it('reports only the first syntax error of a file, and says the rest may follow from it', () => {
    // A tab in the indentation: the parser loses its place and complains about every line after it.
    const text = 'id: x\nnodes:\n  - id: a\n\tprompt: b\n  - id: c\n    prompt: d\n  - id: e\n';
    const src = parseYamlSource('f.yaml', text);
    expect(src.problems).toHaveLength(1);
    expect(src.problems[0]).toMatchObject({ code: 'YAML_SYNTAX', line: 4, column: 1 });
    expect(src.problems[0]!.message).toMatch(/^Tabs are not allowed as indentation: indent with spaces \(fix this first: the (problem|\d+ problems) the parser found after it may follow from this one\)$/);
  });

  it.each([
    ['a wrong indent', 'x:\n  help:\n    nb: a\n   en: b\n', 4, /^All mapping items must start at the same column: the keys of one block must line up/],
    ['a key written twice, named', 'id: x\ntitle: a\nid: y\n', 3, /^Map keys must be unique: "id" is written twice in the same block$/],
    ['a colon in a text without quotes', 'label:\n  nb: Merk: ring 112\n', 2, /: a text with ": " in it must be in quotes, as in nb: "Merk: ring 112"$/],
    ['a tab', 'a:\n\tb: 1\n', 2, /^Tabs are not allowed as indentation: indent with spaces$/],
  ])('says what %s means for the person writing it', (_what, text, line, message) => {
    const src = parseYamlSource('f.yaml', text);
    expect(src.problems).toHaveLength(1);
    expect(src.problems[0]).toMatchObject({ code: 'YAML_SYNTAX', line });
    expect(src.problems[0]!.message).toMatch(message);
  });

  it('refuses a text that an unquoted " #" would cut short, though the YAML is valid', () => {
    const src = parseYamlSource('f.yaml', 'prompt:\n  nb: Ring #112 nå\n  nn: "Ring #112 no"\n  en: Call 112 now  \nstatus: draft  # a comment where it is meant\n');
    expect(src.data).toBeUndefined();
    expect(src.problems).toEqual([
      expect.objectContaining({ code: 'YAML_SYNTAX', line: 2, column: 7, message: 'the text "Ring" ends where " #" begins: the rest ("#112 nå") is read as a comment and dropped — put the whole text in quotes' }),
    ]);
  });

  it('names an alias whose anchor is misspelt, at the alias, with the anchor it most likely meant', () => {
    const src = parseYamlSource('f.yaml', 'rules:\n  - &always-acute-fgm\n    id: fgm\nroute:\n  rules:\n    - *always-acute-fgn\n');
    expect(src.data).toBeUndefined();
    expect(src.problems).toEqual([
      expect.objectContaining({
        code: 'YAML_SYNTAX',
        line: 6,
        column: 7,
        message: '"*always-acute-fgn" repeats a part named "&always-acute-fgn", but no part above it has that name — did you mean "*always-acute-fgm"? Check the spelling, or write the part out here',
      }),
    ]);
  });

  it('refuses a duplicate key, at the duplicate', () => {
    const src = parseYamlSource('f.yaml', 'id: x\ntitle: a\nid: y\n');
    expect(src.problems).toMatchObject([{ code: 'YAML_SYNTAX', line: 3 }]);
  });

  it('refuses nested aliases that would expand without bound (billion laughs)', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
    const src = parseYamlSource('bomb.yaml', lines.join('\n'));
    expect(src.data).toBeUndefined();
    expect(src.problems).toMatchObject([{ code: 'YAML_SYNTAX', file: 'bomb.yaml' }]);
  });

  it('counts expanded nodes only up to its bound', () => {
    const shared = [1, 2, 3];
    expect(expandsTooFar({ a: shared, b: shared }, 100)).toBe(false);
    expect(expandsTooFar(Array(200).fill(shared), 100)).toBe(true);
  });
});
