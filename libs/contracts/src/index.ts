export * from './generated/events';
export { eventSchemas } from './generated/schemas';
export * from './topics';
export * from './ids';
export * from './envelope';
