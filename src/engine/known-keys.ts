import type { z } from 'zod';
import { didYouMean } from './closest';

/**
 * The keys a schema allows in the object at `path` — every branch's, where a union leaves it open —
 * so that «unknown key "nxet"» can add «did you mean "next"?». Walks the schema's own definition
 * (zod's public `def`) along the path the issue gives, the way the value was parsed.
 */
export function knownKeysAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
  const keys = new Set<string>();
  const visit = (s: z.core.$ZodType, at: number, seen: Set<z.core.$ZodType>): void => {
    if (seen.has(s)) return; // a lazy schema that refers to itself
    const def = s._zod.def as unknown as Def;
    const next = (inner: z.core.$ZodType | undefined, step = at): void => {
      if (inner) visit(inner, step, step === at ? new Set([...seen, s]) : new Set());
    };
    switch (def.type) {
      case 'optional':
      case 'nullable':
      case 'default':
      case 'prefault':
      case 'readonly':
      case 'catch':
      case 'nonoptional':
        return next(def.innerType);
      case 'pipe':
        return next(def.in);
      case 'lazy':
        return next(def.getter?.());
      case 'union':
        for (const option of def.options ?? []) next(option);
        return;
      case 'intersection':
        next(def.left);
        next(def.right);
        return;
    }
    const key = path[at];
    if (at === path.length) {
      if (def.type === 'object') for (const k of Object.keys(def.shape ?? {})) keys.add(k);
      return;
    }
    if (def.type === 'object' && typeof key === 'string') next(def.shape?.[key], at + 1);
    else if (def.type === 'array' && typeof key === 'number') next(def.element, at + 1);
    else if (def.type === 'tuple' && typeof key === 'number') next(def.items?.[key] ?? def.rest ?? undefined, at + 1);
    else if (def.type === 'record') next(def.valueType, at + 1);
  };
  visit(schema, 0, new Set());
  return [...keys];
}

/** « (did you mean "next"?)» for a key the schema does not allow at `path`, or '' when nothing is near. */
export function keySuggestion(schema: z.core.$ZodType | undefined, path: readonly PropertyKey[], key: string): string {
  return schema ? didYouMean(key, knownKeysAt(schema, path)) : '';
}

/** The parts of a zod definition the walk reads; each kind of schema has only some of them. */
interface Def {
  type: string;
  innerType?: z.core.$ZodType;
  in?: z.core.$ZodType;
  getter?: () => z.core.$ZodType;
  options?: readonly z.core.$ZodType[];
  left?: z.core.$ZodType;
  right?: z.core.$ZodType;
  shape?: Record<string, z.core.$ZodType>;
  element?: z.core.$ZodType;
  items?: readonly z.core.$ZodType[];
  rest?: z.core.$ZodType | null;
  valueType?: z.core.$ZodType;
}
