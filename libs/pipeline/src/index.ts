export * from './embedded-pipeline';
export * from './offline-codec';
export * from './event-log';
