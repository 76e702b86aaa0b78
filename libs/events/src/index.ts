export * from './codec';
export * from './compatibility';
export * from './topics-admin';
export * from './schemas-command';
