import { newEventId, type DescriptionGenerated, type ProductDescription, type UploadContext } from '@vitrine/contracts';
import { attr, context, redMug as localizationRedMug } from '@vitrine/localization/testing';

/** The red mug libs/localization tests with, also microwave safe. */
const redMug = (over: Partial<ProductDescription> = {}): ProductDescription =>
  localizationRedMug({ features: [attr('feature.dishwasher_safe'), attr('feature.microwave_safe')], ...over });

/** A DescriptionGenerated as the describer emits it, for the translator's tests (the red mug of libs/localization). */
export function generatedEvent(over: { description?: Partial<ProductDescription>; context?: Partial<UploadContext>; productId?: string; eventId?: string } = {}): DescriptionGenerated {
  return {
    eventId: over.eventId ?? newEventId(),
    causationId: newEventId(),
    correlationId: newEventId(),
    productId: over.productId ?? 'p-mug-1',
    occurredAt: 1_764_547_200_000,
    producer: 'describer@0.1.0',
    imageId: 'a'.repeat(64),
    derivativeUri: null,
    modelId: 'glm-4.6v-flash',
    modelVersion: 'glm-4.6v-flash@2025-11',
    promptTemplateId: 'home',
    promptTemplateVersion: '1',
    cached: false,
    cacheSourceImageId: null,
    description: redMug(over.description),
    context: context(over.context),
    timingsMs: { describe: 120 },
  };
}

/** English free text with the brand in it, as a vision-language model writes it. */
export const mugFreeText = (): ProductDescription['freeText'] => ({
  locale: 'en',
  title: null,
  sellingPoints: ['Kiln&Co glaze keeps its shine after years of daily use', 'A comfortable handle for hot drinks'],
  description: 'Made by Kiln&Co for slow mornings.',
});
