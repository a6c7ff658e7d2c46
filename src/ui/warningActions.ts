/**
 * Who must not be told: the standing rules shown as a warning above an outcome's actions (and as
 * standing instructions, not tasks, in the trainer's plan), because telling the wrong person can
 * put the child or the person exposed in greater danger.
 */
export const WARNING_ACTIONS: readonly string[] = ['do-not-contact-guardians', 'do-not-tell-person-using-violence'];
