import { newEventId, type Attribute, type DescriptionGenerated, type NamedAttribute, type ProductDescription, type UploadContext } from '@vitrine/contracts';
import { supportedLocales } from '@vitrine/taxonomy';

const attr = (code: string, confidence = 0.9): Attribute => ({ code, confidence, source: 'vlm' });
const named = (name: string, value: string, unit: string | null = null): NamedAttribute => ({ name, value, unit, confidence: 0.9, source: 'ocr' });

export const context = (over: Partial<UploadContext> = {}): UploadContext => ({
  supplierId: 'sup-1',
  market: 'DE',
  categoryHint: null,
  targetLocales: [...supportedLocales],
  priceMinor: 1290,
  currency: 'EUR',
  ...over,
});

/** A red ceramic mug, 350 ml, brand "Kiln&Co", dishwasher safe (the same product libs/localization tests with). */
export const redMug = (over: Partial<ProductDescription> = {}): ProductDescription => ({
  category: attr('home.mug'),
  colors: [attr('color.red')],
  materials: [attr('material.ceramic')],
  styles: [attr('style.minimalist')],
  useScenes: [attr('scene.office'), attr('scene.home')],
  features: [attr('feature.dishwasher_safe'), attr('feature.microwave_safe')],
  attributes: [named('brand', 'Kiln&Co'), named('capacity', '350', 'ml')],
  printedText: [],
  freeText: null,
  ...over,
});

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
