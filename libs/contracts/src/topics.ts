import type { EventName } from './generated/events';

/**
 * One topic per event type (shared/DESIGN.md "Events"). The Kafka key of every message is the productId, so a
 * product's events stay ordered on one partition. A deployment may prefix every topic (tests use a unique prefix per
 * suite so that runs never see each other's data).
 */
export const baseTopics: Readonly<Record<EventName, string>> = Object.freeze({
  ImageUploaded: 'vitrine.image-uploaded',
  ImagePreprocessed: 'vitrine.image-preprocessed',
  DescriptionGenerated: 'vitrine.description-generated',
  DescriptionTranslated: 'vitrine.description-translated',
  DescriptionModerated: 'vitrine.description-moderated',
  DescriptionReviewed: 'vitrine.description-reviewed',
  DescriptionCorrected: 'vitrine.description-corrected',
  DescriptionPublished: 'vitrine.description-published',
});

export const eventNames = Object.freeze(Object.keys(baseTopics) as EventName[]);

export interface TopicMap {
  readonly prefix: string;
  topic(event: EventName): string;
  /** The event a topic carries, or undefined for a topic that is not one of ours. */
  eventOf(topic: string): EventName | undefined;
  all(): string[];
}

export function topicMap(prefix = ''): TopicMap {
  const byTopic = new Map(eventNames.map((e) => [prefix + baseTopics[e], e] as const));
  return Object.freeze({
    prefix,
    topic: (event: EventName) => prefix + baseTopics[event],
    eventOf: (topic: string) => byTopic.get(topic),
    all: () => [...byTopic.keys()],
  });
}

/** Poison messages of a topic go to `<topic>.dlq` (shared/DESIGN.md "Events"). */
export const dlqTopic = (topic: string): string => `${topic}.dlq`;

/** Confluent TopicNameStrategy: the value schema of `<topic>` lives under subject `<topic>-value`. */
export const valueSubject = (topic: string): string => `${topic}-value`;
