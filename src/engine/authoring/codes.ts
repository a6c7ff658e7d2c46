import type { Severity } from '../problems';

/**
 * Every problem code a flow, scenario, the vocabulary, the publisher, the publish lock or the build can report, with its severity.
 * docs/validation-codes.md explains each one (contact profiles have their own list in
 * ../profiles/codes.ts); tests keep the three in step.
 */
export const FLOW_CODES = {
  // One flow file
  YAML_SYNTAX: 'error',
  SCHEMA: 'error',
  MISSING_TRANSLATION: 'error',
  LEGAL_WITHOUT_DATE: 'error',
  LEGAL_OUTDATED: 'error',
  LEGAL_OUTDATED_IN_TEXT: 'warning',
  LEGAL_STALE: 'warning',
  CHECKED_IN_FUTURE: 'warning',
  INVALID_DATE: 'error',
  FILE_MISMATCH: 'error',
  DUPLICATE_ID: 'error',
  UNKNOWN_TARGET: 'error',
  DEAD_END: 'error',
  UNREACHABLE: 'error',
  CYCLE_WITHOUT_OUTCOME: 'error',
  LOOP: 'warning',
  OUTCOME_WITHOUT_DISPOSITION: 'error',
  HEADLINE_NOT_ALLOWED: 'error',
  FACT_NEVER_SET: 'error',
  FACT_NEVER_READ: 'warning',
  CHART_LABEL_MISSING: 'warning',
  UNKNOWN_VALUE: 'error',
  CONDITION_WRONG_KIND: 'error',
  OPTIONS_MISSING: 'error',
  OPTIONS_NOT_ALLOWED: 'error',
  BRANCHES_NOT_ALLOWED: 'error',
  UNKNOWN_ACTION: 'error',
  UNKNOWN_SEED: 'error',
  INTERNAL: 'error',
  // Across the versions of a flow, and the publish lock
  VERSION_NOT_INCREASING: 'error',
  PUBLISHED_CHANGED: 'error',
  PUBLISHED_NOT_LOCKED: 'warning',
  PUBLISHED_MISSING: 'warning',
  LOCK_INVALID: 'error',
  // The action vocabulary
  VOCABULARY_MISSING: 'error',
  // Scenarios
  SCENARIO_SCHEMA: 'error',
  SCENARIO_UNKNOWN_FLOW: 'error',
  SCENARIO_UNKNOWN_QUESTION: 'error',
  SCENARIO_UNKNOWN_ACTION: 'error',
  SCENARIO_FAILED: 'error',
  SCENARIO_OUTSIDE_SCENARIOS: 'warning',
  // A file in the wrong folder: a profile or scenario among the flows
  MISPLACED_FILE: 'error',
  // The safety rules on every path (`flows safety`, and `lock` and `compile` before a version goes live)
  SAFETY_RULE: 'error',
  // Building the app (compile, the Vite plugin)
  PROFILE_DEFAULT_UNKNOWN: 'error',
  NO_FLOWS: 'error',
  // Who publishes the site (flows/publisher.yaml), for the accessibility statement
  PUBLISHER_MISSING: 'warning',
  NO_FEEDBACK_CHANNEL: 'error',
  BAD_EMAIL: 'error',
} as const satisfies Record<string, Severity>;

export type FlowCode = keyof typeof FLOW_CODES;
