export {
  defaultSessionSettings,
  parseInferenceConfig,
  parseModelSpec,
  parseSessionSettings,
  type Dim,
  type ExecutionProviderName,
  type GraphOptimizationLevel,
  type InferenceConfig,
  type ModelSpec,
  type SessionSettings,
  type TensorSpec,
} from './config';
export { InferenceConfigError, ModelLoadError, UnknownModelError } from './errors';
export { silentLogger, type InferenceLogger } from './logger';
export { Semaphore } from './semaphore';
export { providerOrder, type ProviderAttempt } from './session';
export {
  createModelRegistry,
  loadModelRegistry,
  type LoadedModel,
  type ModelRegistry,
  type ModelStatus,
  type RegistryOptions,
  type RegistryStatus,
} from './registry';
export { concreteDims, elementCount, tensor, type TensorData } from './tensor';
export { pickBucket, planBatches, runBatched, splitBatch, stackPadded, type BatchedRun, type PlannedBatch } from './batch';
