// The manifests drift silently when code moves: these checks tie them to the code they deploy.
// `kustomize build k8s/overlays/<name>` renders them (see k8s/README.md).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { baseTopics, dlqTopic } from '@vitrine/contracts';

const root = dirname(fileURLToPath(import.meta.url));
const repo = join(root, '..');

// Documents of many kinds, read field by field below; a schema per kind would outweigh these checks.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = { kind?: string; metadata?: { name?: string }; spec?: any };
const load = (file: string): Doc[] => parseAllDocuments(readFileSync(file, 'utf8')).map((d) => d.toJS() as Doc).filter(Boolean);
const kustomization = (dir: string) => load(join(dir, 'kustomization.yaml'))[0] as { resources: string[] };
const baseDocs = () => kustomization(join(root, 'base')).resources.flatMap((r) => load(join(root, 'base', r)));

describe('k8s manifests', () => {
  it('lists only resources that exist, in the base and in every overlay', () => {
    for (const dir of ['base', 'overlays/local', 'overlays/gpu'].map((d) => join(root, d))) {
      for (const r of kustomization(dir).resources) expect(existsSync(join(dir, r)), `${dir}: ${r}`).toBe(true);
    }
  });

  it('starts every Deployment from a service entry point that exists', () => {
    const deployments = baseDocs().filter((d) => d.kind === 'Deployment');
    expect(deployments.length).toBeGreaterThanOrEqual(8);
    for (const d of deployments) {
      const command: string[] = d.spec.template.spec.containers[0].command;
      const entry = command.at(-1)!;
      expect(existsSync(join(repo, entry)), `${d.metadata?.name}: ${entry}`).toBe(true);
    }
  });

  it('declares every event topic and the DLQ of every topic a Deployment consumes', () => {
    const docs = baseDocs();
    const declared = new Set(docs.filter((d) => d.kind === 'KafkaTopic').map((d) => d.spec.topicName as string));
    for (const topic of Object.values(baseTopics)) expect(declared, topic).toContain(topic);
    for (const so of docs.filter((d) => d.kind === 'ScaledObject')) {
      const topic = so.spec.triggers[0].metadata.topic as string;
      expect(declared, `${so.metadata?.name} consumes ${topic}`).toContain(topic);
      expect(declared, `${so.metadata?.name}: DLQ of ${topic}`).toContain(dlqTopic(topic));
    }
  });

  it('scales each consumer no further than its topic has partitions', () => {
    const docs = baseDocs();
    const partitions = new Map(docs.filter((d) => d.kind === 'KafkaTopic').map((d) => [d.spec.topicName as string, d.spec.partitions as number]));
    for (const so of docs.filter((d) => d.kind === 'ScaledObject')) {
      expect(so.spec.maxReplicaCount).toBeLessThanOrEqual(partitions.get(so.spec.triggers[0].metadata.topic)!);
    }
  });
});
