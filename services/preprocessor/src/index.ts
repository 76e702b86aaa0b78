// What other packages (the CLI, `vitrine up`, benchmarks) use of the preprocessor.

export { composePreprocessor, type ComposedPreprocessor, type ComposePreprocessorOptions } from './compose';
export { parsePreprocessorConfig, preprocessorConfigVars, type PreprocessorConfig } from './config';
export { createPreprocessorStage, PREPROCESSOR_VERSION, type PreprocessorStageOptions } from './stage';
export type { PreprocessorPorts } from './ports';
