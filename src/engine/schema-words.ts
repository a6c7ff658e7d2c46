import type { z } from 'zod';

/**
 * Schema problems in words for the people who write flows and contact profiles — municipal
 * advisers, not programmers: "\"phone\" is missing", "put it in quotes", never zod's
 * "Invalid input: expected string, received undefined". Shared by the flow and profile loaders.
 */

/** What each kind of YAML value is called in a message. */
const KIND: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  object: 'a group of fields (name: value on lines of their own)',
  array: 'a list (lines starting with "- ")',
  null: 'empty',
  undefined: 'missing',
};
const kind = (k: string): string => KIND[k] ?? k;

/** The field a path ends in, as a message names it: "phone", or item 2 of a list. */
export function fieldName(path: readonly (string | number)[]): string | undefined {
  const last = path.at(-1);
  if (last === undefined) return undefined;
  return typeof last === 'number' ? `item ${last + 1}` : `"${last}"`;
}

/** Types zod names in "expected X" (also "X or Y" in unions), each once, in words. */
export function expectedKinds(expected: readonly string[]): string {
  return [...new Set(expected)].map(kind).join(' or ');
}

export function plainIssue(issue: z.core.$ZodIssue, path: readonly (string | number)[]): string {
  const name = fieldName(path);
  switch (issue.code) {
    case 'invalid_type': {
      const received = /received (\w+)/.exec(issue.message)?.[1] ?? '';
      if (received === 'undefined') return name ? `${name} is missing` : 'the file is empty';
      if (!name) return `this file is not ${kind(issue.expected)}, but ${kind(received)}: is it the right file?`;
      if (issue.expected === 'string' && (received === 'number' || received === 'boolean')) {
        return `${name} must be text: put the value in quotes ("…"); without them YAML reads 1.0 or 55123456 as a number and yes/no as true/false`;
      }
      // YAML 1.2 (the version read here) takes only true and false as yes/no values: yes, on and "true" are text.
      if (issue.expected === 'boolean' && received === 'string') return `${name} must be true or false, written without quotes`;
      return `${name} should be ${kind(issue.expected)}, not ${kind(received)}`;
    }
    case 'too_small':
      if (issue.origin === 'string') return `${name ?? 'the text'} is empty`;
      if (issue.origin === 'array') return `${name ?? 'the list'} needs at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`;
      return issue.message;
    case 'invalid_value':
      return `${name ? `${name} must be` : 'expected'} one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      // A discriminated union says which field decides: name it and its allowed values.
      if ('discriminator' in issue && typeof issue.discriminator === 'string' && 'options' in issue && Array.isArray(issue.options)) {
        return `"${issue.discriminator}" must be one of ${issue.options.map((o) => JSON.stringify(o)).join(', ')}`;
      }
      return 'this does not match any allowed form (check the spelling of keys and the kind of node)';
    default:
      return issue.message;
  }
}
