import type { z } from 'zod';
import type { Problem } from '../problems';
import { plainIssue } from '../schema-words';
import type { YamlSource } from '../yaml-source';

/** Turn zod issues into located problems, one per issue, with a message an author can act on. */
export function schemaProblems(src: YamlSource, error: z.ZodError, code = 'SCHEMA'): Problem[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    // An unknown key is reported on its own line, not on the first line of the object holding it.
    if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined) path.push(issue.keys[0]);
    return src.problem(code, 'error', describeIssue(issue, path), path);
  });
}

function describeIssue(issue: z.core.$ZodIssue, path: readonly (string | number)[]): string {
  if (issue.code === 'unrecognized_keys') return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  // The key was pushed onto the path above; the words name the object's own field.
  return plainIssue(issue, path);
}
