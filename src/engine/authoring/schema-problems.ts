import type { z } from 'zod';
import { keySuggestion } from '../known-keys';
import type { Problem } from '../problems';
import { plainIssue } from '../schema-words';
import type { YamlSource } from '../yaml-source';

/**
 * Turn zod issues into located problems, one per issue, with a message an author can act on.
 * `schema`, the one that was parsed, lets an unknown key name the key it most likely meant.
 */
export function schemaProblems(src: YamlSource, error: z.ZodError, code = 'SCHEMA', schema?: z.core.$ZodType): Problem[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (issue.code !== 'unrecognized_keys' || issue.keys[0] === undefined) return src.problem(code, 'error', plainIssue(issue, path), path);
    // An unknown key is reported on its own line, not on the first line of the object holding it.
    const [first, ...more] = issue.keys;
    const message = more.length > 0 ? `unknown keys ${issue.keys.map((k) => `"${k}"`).join(', ')}` : `unknown key "${first}"${keySuggestion(schema, path, first)}`;
    return src.problem(code, 'error', message, [...path, first]);
  });
}
