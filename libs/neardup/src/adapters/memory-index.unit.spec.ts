import { nearDupIndexContract } from '../near-dup-index.contract';
import { createMemoryNearDupIndex } from './memory-index';

// Each memory index owns its Maps, so a fresh one per test is empty and model versions never share state.
nearDupIndexContract('memory', () => (options) => createMemoryNearDupIndex(options));
