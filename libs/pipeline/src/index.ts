export * from './embedded-pipeline';
export * from './offline-codec';
