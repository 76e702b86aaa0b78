import { valueSubject } from '@vitrine/contracts';

export interface CompatibilityResult {
  subject: string;
  compatible: boolean;
  /** True when the subject has no version yet (anything is compatible with nothing). */
  isNew: boolean;
  messages: string[];
}

/**
 * Asks the registry whether a schema may become the next version of `<topic>-value` under the subject's
 * compatibility rule (BACKWARD here). Uses the Confluent REST endpoint directly, which
 * @kafkajs/confluent-schema-registry does not expose:
 * POST /compatibility/subjects/{subject}/versions/latest?verbose=true
 * https://docs.confluent.io/platform/current/schema-registry/develop/api.html#compatibility
 */
export async function checkCompatibility(registryUrl: string, topic: string, schema: object): Promise<CompatibilityResult> {
  const subject = valueSubject(topic);
  const res = await fetch(`${registryUrl.replace(/\/$/, '')}/compatibility/subjects/${encodeURIComponent(subject)}/versions/latest?verbose=true`, {
    method: 'POST',
    headers: { 'content-type': 'application/vnd.schemaregistry.v1+json' },
    body: JSON.stringify({ schemaType: 'AVRO', schema: JSON.stringify(schema) }),
  });
  if (res.status === 404) return { subject, compatible: true, isNew: true, messages: [] };
  const body = (await res.json().catch(() => ({}))) as { is_compatible?: boolean; messages?: string[]; message?: string };
  if (!res.ok) throw new Error(`registry answered ${res.status} for ${subject}: ${body.message ?? JSON.stringify(body)}`);
  return { subject, compatible: body.is_compatible === true, isNew: false, messages: body.messages ?? [] };
}
