// What other projects (the CLI's `vitrine describe` and `vitrine up`, replay, benchmarks) may use of the
// describer: `@vitrine/svc/describer`.
export { composeDescriber, ocrConfigOf, type ComposedDescriber, type ComposeOptions } from './compose';
export { describerConfigVars, OFFLINE_MODEL_ID, parseDescriberConfig, type DescriberConfig } from './config';
export { createDescriberHandler, createDescriberStage, DESCRIBER_VERSION, type DescriberStageOptions } from './stage';
export type { DescriberPorts } from './ports';
