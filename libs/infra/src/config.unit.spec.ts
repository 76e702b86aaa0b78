import { describe, expect, it } from 'vitest';
import { runInfraCommand } from './command';
import {
  DEFAULT_PORTS,
  externalEndpoints,
  javaMajor,
  kafkaClusterId,
  localEndpoints,
  newestPostgresVersion,
  parsePid,
  parseServiceList,
  renderTemplate,
  tailLines,
} from './config';
import { renderServerProperties } from './kafka';

const parseProperties = (text: string) =>
  new Map(
    text
      .split('\n')
      .filter((l) => l.trim() !== '' && !l.startsWith('#'))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)] as const),
  );

describe('infra config', () => {
  it('renders the broker config with every placeholder filled and single-node settings', () => {
    const text = renderServerProperties({ ports: { ...DEFAULT_PORTS, kafka: 19092, kafkaController: 19093 } }, '/tmp/k/data');
    expect(text).not.toMatch(/\$\{/);
    const props = parseProperties(text);
    expect(props.get('listeners')).toBe('PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093');
    expect(props.get('advertised.listeners')).toBe('PLAINTEXT://127.0.0.1:19092');
    expect(props.get('controller.quorum.voters')).toBe('1@127.0.0.1:19093');
    expect(props.get('process.roles')).toBe('broker,controller');
    expect(props.get('log.dirs')).toBe('/tmp/k/data');
    expect(props.get('auto.create.topics.enable')).toBe('false');
    expect(props.get('group.initial.rebalance.delay.ms')).toBe('0');
    for (const key of [
      'offsets.topic.replication.factor',
      'transaction.state.log.replication.factor',
      'transaction.state.log.min.isr',
      'share.coordinator.state.topic.replication.factor',
      'share.coordinator.state.topic.min.isr',
      'offsets.topic.num.partitions',
      'transaction.state.log.num.partitions',
    ]) {
      expect([key, props.get(key)]).toEqual([key, '1']);
    }
  });

  it('renders templates and refuses a placeholder without a value', () => {
    expect(renderTemplate('a=${x} b=${y}', { x: 1, y: 'two' })).toBe('a=1 b=two');
    expect(() => renderTemplate('port=${port}', {})).toThrow('no value for placeholder ${port}');
  });

  it('parses --only lists in canonical order and names an unknown service', () => {
    expect(parseServiceList('registry, kafka,kafka')).toEqual(['kafka', 'registry']);
    expect(() => parseServiceList('kafka,zookeeper')).toThrow('unknown service "zookeeper"');
    expect(() => parseServiceList(' , ')).toThrow(/got nothing/);
  });

  it('takes services from env vars and ignores empty ones', () => {
    expect(externalEndpoints({ KAFKA_BROKERS: ' b1:9092,b2:9092 ', REDIS_URL: '', DATABASE_URL: 'postgres://x/y' })).toEqual({
      kafka: 'b1:9092,b2:9092',
      postgres: 'postgres://x/y',
    });
  });

  it('builds the default endpoints', () => {
    expect(localEndpoints()).toEqual({
      kafkaBrokers: '127.0.0.1:9092',
      schemaRegistryUrl: 'http://127.0.0.1:8081/apis/ccompat/v7',
      redisUrl: 'redis://127.0.0.1:6379',
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/vitrine',
    });
  });

  it('makes KRaft cluster ids like kafka-storage random-uuid (22 url-safe chars, never a leading dash)', () => {
    const dashFirst = new Uint8Array(16).fill(0xfb); // base64url "-" first
    let calls = 0;
    const id = kafkaClusterId((n) => (calls++ === 0 ? dashFirst : new Uint8Array(n).fill(7)));
    expect(calls).toBe(2);
    expect(id).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_-]{21}$/);
  });

  it('reads pids, java versions, postgres versions and log tails', () => {
    expect(parsePid('1234\n')).toBe(1234);
    expect(parsePid('5678\n/data\n1700000000\n5432\n')).toBe(5678); // postmaster.pid
    expect(parsePid('')).toBeUndefined();
    expect(parsePid('1\n')).toBeUndefined();
    expect(parsePid('abc')).toBeUndefined();
    expect(javaMajor('IMPLEMENTOR="Debian"\nJAVA_VERSION="17.0.15"\n')).toBe(17);
    expect(javaMajor('JAVA_VERSION="25"\n')).toBe(25);
    expect(javaMajor('JAVA_VERSION="1.8.0_402"\n')).toBe(8);
    expect(javaMajor('nothing')).toBeUndefined();
    expect(newestPostgresVersion(['9.6', '15', '13', 'main'])).toBe('15');
    expect(newestPostgresVersion([])).toBeUndefined();
    expect(tailLines('a\nb\nc\nd\n\n', 2)).toBe('c\nd');
  });
});

describe('vitrine infra command line', () => {
  const capture = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
  };

  it('prints usage and exits 2 for an unknown command or flag, without touching any service', async () => {
    const a = capture();
    expect(await runInfraCommand(['launch'], a.io)).toBe(2);
    expect(a.err.join('\n')).toMatch(/unknown command "launch"[\s\S]*usage: vitrine infra <up\|down\|status>/);
    const b = capture();
    expect(await runInfraCommand(['up', '--only', 'kafka,zookeeper'], b.io)).toBe(2);
    expect(b.err[0]).toMatch(/unknown service "zookeeper"/);
    const c = capture();
    expect(await runInfraCommand(['status', '--verbose'], c.io)).toBe(2);
    expect(c.err[0]).toMatch(/unknown argument "--verbose"/);
    const d = capture();
    expect(await runInfraCommand(['help'], d.io)).toBe(0);
    expect(d.out[0]).toMatch(/^usage:/);
  });
});
