import { describe, expect, it } from 'vitest';
import { EXAMPLE_FILE, project, read } from './helpers';

/**
 * A browser saves a second download as «1.0.0 (2).yaml»; a file manager copies to «1.0.0 kopi.yaml».
 * Such a file is loaded with the flows, so without a check it would go live under the version it
 * declares, silently, beside the original or in its place.
 */
const original = { path: 'flows/example/1.0.0.yaml', text: read(EXAMPLE_FILE) };
const copy = (name: string) => ({ path: `flows/example/${name}`, text: original.text });
const found = (files: { path: string; text: string }[]) => project(files).problems.map((p) => `${p.file}:${p.line} ${p.code}`);

describe('a copy of a flow version saved beside the flows', () => {
  it.each(['1.0.0 (2).yaml', '1.0.0 kopi.yaml', '1.0.0-utkast.yml'])('"%s" alone is an error at its version line, naming the name it should have', (name) => {
    const { problems, compiled } = project([copy(name)]);
    expect(problems.map((p) => `${p.file}:${p.line} ${p.code} ${p.severity}`)).toEqual([`flows/example/${name}:4 FILE_MISMATCH error`]);
    expect(problems[0]?.message).toContain(`"${name}"`);
    expect(problems[0]?.message).toContain('"1.0.0.yaml"');
    // Not published under the version it declares.
    expect(compiled).toEqual([]);
  });

  it('beside the original, the one error is on the copy and the original is left clean', () => {
    expect(found([original, copy('1.0.0 (2).yaml')])).toEqual(['flows/example/1.0.0 (2).yaml:4 FILE_MISMATCH']);
    expect(found([copy('1.0.0 (2).yaml'), original])).toEqual(['flows/example/1.0.0 (2).yaml:4 FILE_MISMATCH']);
  });

  it('a copy not named like a version is told it repeats the version, in whichever order the files come', () => {
    const renamed = copy('Kopi av barn.yaml');
    expect(found([original, renamed])).toEqual(['flows/example/Kopi av barn.yaml:4 VERSION_NOT_INCREASING']);
    expect(found([renamed, original])).toEqual(['flows/example/Kopi av barn.yaml:4 VERSION_NOT_INCREASING']);
  });

  it('with Windows paths too, the copy is the one told, not the original', () => {
    const windows = (f: { path: string; text: string }) => ({ ...f, path: f.path.replaceAll('/', '\\') });
    const renamed = windows(copy('Kopi av barn.yaml'));
    expect(found([renamed, windows(original)])).toEqual(['flows\\example\\Kopi av barn.yaml:4 VERSION_NOT_INCREASING']);
  });

  it('a file named by its version alone, and a file not named like a version, are not copies', () => {
    expect(found([original])).toEqual([]);
    expect(found([copy('draft.yaml')])).toEqual([]);
  });
});
