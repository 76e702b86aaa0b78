export * from './stage';
export * from './compose';
export * from './config';
export * from './ports';
export * from './domain/publish';
