// Generated image corpora for tests and benchmarks (`@vitrine/imaging/test-fixtures`); not part of the library.
export * from './corpus';
export * from './special-inputs';
export * from './products';
