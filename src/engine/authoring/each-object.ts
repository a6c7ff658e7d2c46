/** Where a value stands in parsed YAML: keys and array indexes from the top. */
export type DataPath = (string | number)[];

/**
 * Calls `visit` for every object anywhere in parsed YAML or JSON data (arrays are gone through, not
 * visited), with where it stands: the one walk the checks and the compiler share to find references
 * (`legal:`, `seed:`) wherever a flow or the vocabulary puts them.
 */
export function eachObject(value: unknown, visit: (object: Record<string, unknown>, path: DataPath) => void, path: DataPath = []): void {
  if (Array.isArray(value)) return value.forEach((v, i) => eachObject(v, visit, [...path, i]));
  if (value === null || typeof value !== 'object') return;
  visit(value as Record<string, unknown>, path);
  for (const [k, v] of Object.entries(value)) eachObject(v, visit, [...path, k]);
}
