import type { DescriptionPublished } from '@vitrine/contracts';
import type { InputRecord, RecordOutcome, StageHandler } from '@vitrine/stream';
import { InvalidPublication, project, type ApplyResult, type Projection } from './domain/documents';
import type { VersionPolicy } from './domain/version-order';
import type { CatalogStore } from './redis-store';

export interface ProjectorOptions {
  store: CatalogStore;
  policy?: VersionPolicy;
  /** live: write the namespace the pointer names (creating the first); rebuild: write the namespace being built. */
  target: { as: 'live' } | { as: 'rebuild'; ns: string };
  /** Called after each batch's writes with what became of its events (metrics, progress). */
  onApplied?: (counts: Record<ApplyResult, number>) => void;
}

/** The namespace a rebuild writes was taken over (another rebuild started, or the state was cleared). */
export class RebuildSuperseded extends Error {
  constructor(ns: string) {
    super(`the rebuild of namespace ${ns} is no longer the current rebuild`);
    this.name = 'RebuildSuperseded';
  }
}

/**
 * The catalog projection as a stage handler with no outputs: its side effect is the Redis write. The runner commits
 * the batch's offsets only after the handler returned, i.e. after Redis acknowledged every write (at-least-once; the
 * dedupe by event id makes the redelivery after a crash harmless).
 */
export function createCatalogProjector(o: ProjectorOptions): StageHandler<'DescriptionPublished'> {
  const policy = o.policy ?? {};
  return async (records: Array<InputRecord<'DescriptionPublished'>>): Promise<RecordOutcome[]> => {
    const outcomes: RecordOutcome[] = new Array(records.length);
    const pending: Array<{ i: number; p: Projection }> = [];
    records.forEach((r, i) => {
      try {
        pending.push({ i, p: project(r.value as DescriptionPublished, policy) });
      } catch (e) {
        if (!(e instanceof InvalidPublication || e instanceof RangeError)) throw e;
        outcomes[i] = { poison: e, reason: 'invalid_publication' };
      }
    });
    const counts: Record<ApplyResult, number> = { applied: 0, duplicate: 0, superseded: 0 };
    let todo = pending;
    // "moved": a rebuild switched the pointer between our read of it and the write; write again to the new namespace.
    for (let round = 0; todo.length; round++) {
      if (round === 5) throw new Error('the catalog namespace keeps moving; retrying the batch');
      const ns = o.target.as === 'live' ? await o.store.ensureNamespace() : o.target.ns;
      const results = await o.store.apply({ ns, as: o.target.as }, todo.map((t) => t.p));
      const moved: typeof todo = [];
      results.forEach((r, k) => {
        if (r === 'moved') moved.push(todo[k]!);
        else {
          counts[r]++;
          outcomes[todo[k]!.i] = { outputs: [] };
        }
      });
      if (moved.length && o.target.as === 'rebuild') throw new RebuildSuperseded(o.target.ns);
      todo = moved;
    }
    o.onApplied?.(counts);
    return outcomes;
  };
}
