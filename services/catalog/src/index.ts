export * from './stage';
export * from './compose';
export * from './config';
export * from './ports';
export * from './adapters/http-api';
export * from './adapters/log-history';
export * from './adapters/redis-reader';
export * from './service';
