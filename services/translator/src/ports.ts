import type { TranslateFn } from '@vitrine/localization';

/**
 * What the translator needs from the outside world: one machine-translation function (libs/localization's port),
 * or null when no engine is configured (MT=none) — then free text stays in its source locale and the event says so.
 */
export interface TranslatorPorts {
  translate: TranslateFn | null;
}
