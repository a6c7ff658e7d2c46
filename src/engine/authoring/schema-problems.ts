import type { z } from 'zod';
import type { Problem } from '../problems';
import type { YamlSource } from '../yaml-source';

/** Turn zod issues into located problems, one per issue, with a message an author can act on. */
export function schemaProblems(src: YamlSource, error: z.ZodError, code = 'SCHEMA'): Problem[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    // An unknown key is reported on its own line, not on the first line of the object holding it.
    if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined) path.push(issue.keys[0]);
    return src.problem(code, 'error', describeIssue(issue), path);
  });
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_union':
      return 'this does not match any allowed form (check the spelling of keys and the kind of node)';
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default: {
      const last = issue.path.at(-1);
      return issue.message.startsWith('Invalid input: expected') && issue.message.endsWith('received undefined') && last !== undefined
        ? `"${String(last)}" is missing`
        : issue.message;
    }
  }
}
