export * from './stage';
export * from './compose';
export * from './config';
export * from './domain/publish';
