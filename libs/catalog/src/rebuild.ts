import type { Kafka } from 'kafkajs';
import type { EventCodec } from '@vitrine/events';
import { createStageMetrics, type Logger } from '@vitrine/observability';
import { committedOffsets, createStageRunner, defaultBackoff, topicRanges, type PartitionRange, type StageRunner } from '@vitrine/stream';
import type { ApplyResult } from './domain/documents';
import { nextNamespace } from './domain/keys';
import type { VersionPolicy } from './domain/version-order';
import { createCatalogProjector } from './projector';
import type { CatalogStore, RebuildState } from './redis-store';

export interface RebuildProgress {
  phase: 'building' | 'switched' | 'done';
  ns: string;
  /** Events of the target range consumed and committed so far. */
  done: number;
  total: number;
  /** Events per second since this run (not the whole rebuild) started. */
  rate: number;
  etaSeconds: number | null;
}

export interface RebuildOptions {
  store: CatalogStore;
  kafka: Kafka;
  codec: EventCodec;
  log: Logger;
  policy?: VersionPolicy;
  /** Consumer group prefix; the rebuild's group is "<prefix>.<ns>.<startedAt>". */
  groupPrefix?: string;
  onProgress?: (p: RebuildProgress) => void;
  pollMs?: number;
  maxBatchSize?: number;
  signal?: AbortSignal;
  now?: () => number;
  instanceId?: string;
  /**
   * A partition whose end holds only transaction markers (or aborted records) never gets its last offsets committed
   * (kafkajs resolves them but commits only with the next data batch). When the projector has had nothing to do for
   * this long and its last call succeeded, lagging partitions are taken as caught up. Default 5000 ms.
   */
  idleCatchUpMs?: number;
  /** Keep the old namespace after the switch (for a rollback: point <root>:current back at it); default: drop it. */
  keepOldNamespace?: boolean;
}

export interface RebuildResult {
  ns: string;
  from: string | null;
  resumed: boolean;
  /** Events consumed in the target range by this run. */
  events: number;
  /** This run's wall time, from its consumer's start to the clean-up's end. */
  seconds: number;
  /** From this run's start to the switch (null: it switched in an earlier run). */
  secondsToSwitch: number | null;
  counts: Record<ApplyResult, number>;
}

type Offsets = Map<number, bigint>;

/**
 * Blue/green rebuild of the catalog read model from the log:
 * 1. a new namespace and consumer group; the end offsets of DescriptionPublished are the catch-up target; the state
 *    (namespace, group, targets, phase) goes to Redis so a crashed rebuild resumes from its committed offsets;
 * 2. the projection runs from the start of the topic into the new namespace while the old one keeps serving (the
 *    live projector keeps writing the old one);
 * 3. caught up: the pointer switches atomically (compare-and-set); from then on the live projector writes the new
 *    namespace (its writes check the pointer inside the same Lua script, so none lands in the old one);
 * 4. drain: events the live projector wrote only to the old namespace before the switch are below the end offsets
 *    taken right after it; the rebuild consumes up to those, which is harmless where both wrote (apply is
 *    idempotent and order-independent);
 * 5. the old namespace and the rebuild's consumer group are deleted, then the state.
 */
export async function rebuildCatalog(o: RebuildOptions): Promise<RebuildResult> {
  const now = o.now ?? Date.now;
  const topic = o.codec.topics.topic('DescriptionPublished');
  const admin = o.kafka.admin();
  await admin.connect();
  let runner: StageRunner | undefined;
  try {
    let state = await o.store.getRebuild();
    const resumed = !!state;
    let startRanges: PartitionRange[] | undefined; // a new rebuild takes its targets and the low offsets from one read
    if (state) {
      o.log.info({ ns: state.ns, phase: state.phase, groupId: state.groupId }, 'resuming the catalog rebuild from its committed offsets');
      if (o.policy?.pinnedModelVersion !== state.pinnedModelVersion) {
        throw new Error(`a rebuild with pinned model version "${state.pinnedModelVersion ?? ''}" is in progress; resume it with the same pin`);
      }
      // A crashed process stays a member of its group until its session times out, and a rejoin would wait for it;
      // carry the committed offsets over to a fresh group instead (setOffsets needs an empty group: a new one is).
      const committed = await committedOffsets(admin, state.groupId, topic);
      const previous = state.groupId;
      state = { ...state, groupId: `${previous.replace(/\.r\d+$/, '')}.r${now()}` };
      if (committed.size) await admin.setOffsets({ groupId: state.groupId, topic, partitions: [...committed].map(([partition, off]) => ({ partition, offset: String(off) })) });
      await o.store.putRebuild(state);
      await admin.deleteGroups([previous]).catch(() => undefined); // still has the dead member until its session expires
    } else {
      const from = await o.store.currentNamespace();
      const ns = nextNamespace(from);
      const startedAt = now();
      await o.store.dropNamespace(ns); // leftovers of an abandoned rebuild, never a serving namespace
      startRanges = await topicRanges(admin, topic);
      state = {
        ns, from, phase: 'building', startedAt, groupId: `${o.groupPrefix ?? 'vitrine.catalog.rebuild'}.${ns}.${startedAt}`,
        targets: { [topic]: toRecord(highs(startRanges)) }, pinnedModelVersion: o.policy?.pinnedModelVersion,
      };
      await o.store.putRebuild(state);
      o.log.info({ ns, from, groupId: state.groupId }, 'catalog rebuild started');
    }
    const st: RebuildState = state;

    const counts: Record<ApplyResult, number> = { applied: 0, duplicate: 0, superseded: 0 };
    const project = createCatalogProjector({
      store: o.store, policy: o.policy, target: { as: 'rebuild', ns: st.ns },
      onApplied: (c) => { for (const k of Object.keys(c) as ApplyResult[]) counts[k] += c[k]; },
    });
    let superseded: Error | undefined;
    let lastCall: { at: number; ok: boolean } | undefined;
    runner = createStageRunner({
      stage: 'catalog-rebuild',
      groupId: st.groupId,
      inputs: ['DescriptionPublished'],
      handler: async (records, ctx) => {
        lastCall = { at: now(), ok: false };
        try {
          const out = await project(records, ctx);
          lastCall = { at: now(), ok: true };
          return out;
        } catch (e) {
          if ((e as Error).name === 'RebuildSuperseded') superseded = e as Error;
          throw e;
        }
      },
      kafka: o.kafka, codec: o.codec, log: o.log, metrics: createStageMetrics(),
      mode: 'batch', delivery: 'at-least-once', maxBatchSize: o.maxBatchSize ?? 500, maxWaitMs: 20,
      partitionsConsumedConcurrently: 16, maxRecordAttempts: 3, poisonCap: 100, backoff: defaultBackoff,
      instanceId: o.instanceId ?? String(process.pid), fromBeginning: true, sessionTimeoutMs: 30_000,
    });
    let runnerFailed: Error | undefined;
    runner.stopped.catch((e: Error) => (runnerFailed = e));
    const lows: Offsets = new Map((startRanges ?? (await topicRanges(admin, topic))).map((r) => [r.partition, r.low]));
    const progressOf = (targets: Offsets, committed: Offsets) => {
      let done = 0n;
      let total = 0n;
      let caughtUp = true;
      for (const [p, target] of targets) {
        const low = lows.get(p) ?? 0n;
        const c = committed.get(p) ?? low;
        const reached = c < target ? c : target;
        total += target > low ? target - low : 0n;
        done += reached > low ? reached - low : 0n;
        if (c < target) caughtUp = false;
      }
      return { done, total, caughtUp };
    };
    // What a crashed run already committed, read before this run's projector starts: the events this run applies
    // are counted from here (reading it at the first poll would miss the batches committed before that poll).
    const committedBefore = await committedOffsets(admin, st.groupId, topic);
    await runner.start();

    const startedRun = now();
    const waitFor = async (targets: Offsets, phase: RebuildProgress['phase'], from: Offsets) => {
      const baseline = progressOf(targets, from).done;
      for (;;) {
        if (o.signal?.aborted) throw new Error('catalog rebuild aborted; run it again to resume');
        if (superseded) throw superseded;
        if (runnerFailed) throw runnerFailed;
        const committed = await committedOffsets(admin, st.groupId, topic);
        const { done, total, caughtUp } = progressOf(targets, committed);
        const secs = (now() - startedRun) / 1000;
        const rate = secs > 0 ? Number(done - baseline) / secs : 0;
        o.onProgress?.({ phase, ns: st.ns, done: Number(done), total: Number(total), rate, etaSeconds: rate > 0 ? Number(total - done) / rate : null });
        if (caughtUp) return Number(done - baseline);
        const idleMs = lastCall ? now() - lastCall.at : 0;
        if (lastCall?.ok && idleMs >= (o.idleCatchUpMs ?? 5000) && runner!.readiness().ready) {
          const lagging = [...targets].filter(([p, t]) => (committed.get(p) ?? lows.get(p) ?? 0n) < t).map(([p]) => p);
          o.log.warn({ partitions: lagging, idleMs }, 'taking partitions as caught up: the projector is idle, so what is left before the target holds no data records (transaction markers)');
          return Number(done - baseline);
        }
        await new Promise((r) => setTimeout(r, o.pollMs ?? 250));
      }
    };

    let events = 0;
    let secondsToSwitch: number | null = null;
    if (st.phase === 'building') {
      events += await waitFor(fromRecord(st.targets[topic] ?? {}), 'building', committedBefore);
      await o.store.switchTo(st.from, st.ns, now());
      secondsToSwitch = (now() - startedRun) / 1000;
      st.phase = 'switched';
      o.log.info({ ns: st.ns, from: st.from }, 'catalog switched to the rebuilt namespace');
    }
    // Drain what the live projector wrote only to the old namespace before the switch.
    await waitFor(highs(await topicRanges(admin, topic)), 'switched', await committedOffsets(admin, st.groupId, topic));
    await runner.stop();
    runner = undefined;
    if (st.from && st.from !== st.ns && !o.keepOldNamespace) await o.store.dropNamespace(st.from);
    await admin.deleteGroups([st.groupId]).catch((e: unknown) => o.log.warn({ err: e, groupId: st.groupId }, 'could not delete the rebuild consumer group'));
    await o.store.clearRebuild();
    const seconds = (now() - startedRun) / 1000;
    o.onProgress?.({ phase: 'done', ns: st.ns, done: events, total: events, rate: seconds > 0 ? events / seconds : 0, etaSeconds: 0 });
    o.log.info({ ns: st.ns, from: st.from, events, seconds, counts }, 'catalog rebuild finished');
    return { ns: st.ns, from: st.from, resumed, events, seconds, secondsToSwitch, counts };
  } finally {
    await runner?.stop().catch(() => undefined);
    await admin.disconnect();
  }
}

const highs = (rs: PartitionRange[]): Offsets => new Map(rs.map((r) => [r.partition, r.high]));
const toRecord = (m: Offsets): Record<string, string> => Object.fromEntries([...m].map(([p, o]) => [String(p), String(o)]));
const fromRecord = (r: Record<string, string>): Offsets => new Map(Object.entries(r).map(([p, o]) => [Number(p), BigInt(o)]));
