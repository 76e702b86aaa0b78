/**
 * Version of the taxonomy's codes, labels and grammar data. Bump it on any change that alters rendered text; it is
 * recorded on DescriptionTranslated and later events (`taxonomyVersion`) and feeds the translator's event id, so a
 * replay under a new taxonomy produces new events instead of being deduplicated away.
 * Minor: labels or codes added; patch: label corrections; major: codes removed or renamed.
 */
export const taxonomyVersion = '1.0.0';
