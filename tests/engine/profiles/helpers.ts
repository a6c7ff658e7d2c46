import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Profile } from '../../../src/schema/profile';
import { loadProfile } from '../../../src/engine/profiles/load-profile';
import { withNational } from '../../../src/engine/profiles/national';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const PROFILES_DIR = `${ROOT}flows/profiles`;
/** The date the shipped profiles were last reviewed; keeps these tests from ageing into warnings. */
export const TODAY = '2026-12-03';

export function load(file: string, text: string, today = TODAY): Profile {
  const r = loadProfile(file, text, { today });
  if (r.status === 'failure') throw new Error(`${file} failed to load: ${JSON.stringify(r.problems, null, 2)}`);
  return r.value;
}

export function shipped(id: string): Profile {
  return load(`flows/profiles/${id}.yaml`, readFileSync(`${PROFILES_DIR}/${id}.yaml`, 'utf8'));
}

/** A shipped local profile as the app shows it: with the national lines after the local ones. */
export function composed(id: string): Profile {
  return withNational(shipped(id), shipped('national'));
}

/** An instant given as Oslo wall time with its UTC offset spelled out, so each test states the DST it expects. */
export const at = (iso: string): Date => new Date(iso);
