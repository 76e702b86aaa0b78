// A pass-through stage as its own process, so tests can SIGKILL it mid-stream. Composition root for the test.
import { parseStreamConfig } from '../src/config';
import { startStageService } from '../src/stage-service';
import { passthroughHandler } from './passthrough';

const cfg = parseStreamConfig(process.env);
const s = await startStageService(
  { stage: 'passthrough', producer: 'passthrough@test', inputs: ['ImageUploaded'], outputs: ['ImagePreprocessed'], defaultMode: 'batch', handler: () => passthroughHandler },
  cfg,
);
// Tell the parent test that we have started and on which port our health server listens.
process.stdout.write(JSON.stringify({ ready: true, httpPort: s.httpPort }) + '\n');
