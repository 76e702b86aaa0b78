import type { Classifier } from '../ports';

/** The default: no model check, the rule packs decide alone. */
export const noopClassifier: Classifier = async () => [];
