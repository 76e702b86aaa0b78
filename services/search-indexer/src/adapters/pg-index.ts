import pg from 'pg';
import { PoisonError, UnavailableError } from '@vitrine/stream';
import { cjkDocumentTokens, cjkQueryTokens } from '../domain/cjk-bigrams';
import type { LocaleDocument, ProductDocument } from '../domain/documents';
import { supersedes } from '../domain/precedence';
import type { SearchQuery } from '../domain/search-request';
import { analyzerFor } from '../domain/text-search-config';
import type { IndexOutcome, SearchHit, SearchIndexerPorts } from '../ports';
import { migrationSql, quoteIdent } from './pg-schema';

export interface PgIndexOptions {
  databaseUrl: string;
  /** PostgreSQL schema holding the index's tables (one per deployment; tests use a unique one). */
  schema: string;
  poolSize: number;
}

/**
 * SQLSTATE classes that mean "this statement can never succeed with this data" (22 data exception, 23 integrity
 * constraint, 42 syntax/access): dead-letter the event. Everything else (08 connection, 53 resources, 57 operator
 * intervention, 40 rollback, network errors without a code) is the database being unavailable: retry the batch.
 * https://www.postgresql.org/docs/15/errcodes-appendix.html
 */
function classify(e: unknown, what: string): Error {
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string' && /^(22|23|42)/.test(code)) return new PoisonError(`${what}: PostgreSQL refused it (${code}): ${(e as Error).message}`, 'rejected_by_index', { cause: e });
  return new UnavailableError(`${what}: PostgreSQL unavailable: ${(e as Error).message}`, { cause: e });
}

/** tsquery text of verbatim lexemes ANDed: 'a' & 'b', quotes and backslashes escaped per tsquery input syntax. */
const lexemeQuery = (tokens: string[]): string => tokens.map((t) => `'${t.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`).join(' & ');

/** array_to_tsvector rejects lexemes over 2047 bytes; no real word is that long, so longer runs are left out. */
const lexemes = (text: string): string[] => cjkDocumentTokens(text).filter((t) => Buffer.byteLength(t) <= 2047);

export async function createPgSearchIndex(o: PgIndexOptions): Promise<SearchIndexerPorts> {
  const pool = new pg.Pool({ connectionString: o.databaseUrl, max: o.poolSize, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 10_000 });
  // An idle client that loses its connection emits 'error' on the pool; without a listener that kills the process.
  pool.on('error', () => undefined);
  const s = quoteIdent(o.schema);
  await migrate(pool, o.schema);

  async function insertDocument(c: pg.PoolClient, productId: string, d: LocaleDocument): Promise<void> {
    const cols = 'product_id, locale, analyzer, title, bullets, long_description, seo_keywords, labels, document';
    const params = [productId, d.locale, d.analyzer.kind === 'cjk-bigram' ? 'cjk-bigram' : d.analyzer.config, d.title, JSON.stringify(d.bullets), d.longDescription, JSON.stringify(d.seoKeywords), JSON.stringify(d.labels)];
    const keywords = [...d.seoKeywords, ...d.labels].join(' \n ');
    const bullets = d.bullets.join(' \n ');
    if (d.analyzer.kind === 'cjk-bigram') {
      await c.query(
        `INSERT INTO ${s}.documents (${cols}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8,
           setweight(array_to_tsvector($9::text[]), 'A') || setweight(array_to_tsvector($10::text[]), 'B') ||
           setweight(array_to_tsvector($11::text[]), 'C') || setweight(array_to_tsvector($12::text[]), 'D'))`,
        [...params, lexemes(d.title), lexemes(keywords), lexemes(bullets), lexemes(d.longDescription)],
      );
    } else {
      await c.query(
        `INSERT INTO ${s}.documents (${cols}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8,
           setweight(to_tsvector($9::regconfig, $4), 'A') || setweight(to_tsvector($9::regconfig, $10), 'B') ||
           setweight(to_tsvector($9::regconfig, $11), 'C') || setweight(to_tsvector($9::regconfig, $6), 'D'))`,
        [...params, d.analyzer.config, keywords, bullets],
      );
    }
  }

  async function indexProduct(doc: ProductDocument): Promise<IndexOutcome> {
    let c: pg.PoolClient;
    try {
      c = await pool.connect();
    } catch (e) {
      throw classify(e, `indexing product ${doc.productId}`);
    }
    try {
      await c.query('BEGIN');
      // One writer per product at a time: the read-compare-write below must see the winner of any concurrent write.
      await c.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`${o.schema}:${doc.productId}`]);
      const fresh = await c.query(`INSERT INTO ${s}.applied_events (event_id, product_id, outcome) VALUES ($1, $2, 'pending') ON CONFLICT (event_id) DO NOTHING`, [doc.stamp.eventId, doc.productId]);
      if (fresh.rowCount === 0) {
        await c.query('ROLLBACK');
        return 'duplicate';
      }
      const cur = await c.query<{ model_version: string; occurred_at: Date; event_id: string }>(`SELECT model_version, occurred_at, event_id FROM ${s}.products WHERE product_id = $1`, [doc.productId]);
      const row = cur.rows[0];
      const current = row ? { modelVersion: row.model_version, occurredAt: row.occurred_at.getTime(), eventId: row.event_id } : undefined;
      let outcome: IndexOutcome = 'superseded';
      if (supersedes(doc.stamp, current)) {
        outcome = 'indexed';
        await c.query(
          `INSERT INTO ${s}.products (product_id, model_id, model_version, occurred_at, event_id, image_id, category, market, supplier_id, moderation_status, indexed_at)
           VALUES ($1, $2, $3, to_timestamp($4::double precision / 1000), $5, $6, $7, $8, $9, $10, now())
           ON CONFLICT (product_id) DO UPDATE SET model_id = EXCLUDED.model_id, model_version = EXCLUDED.model_version,
             occurred_at = EXCLUDED.occurred_at, event_id = EXCLUDED.event_id, image_id = EXCLUDED.image_id, category = EXCLUDED.category,
             market = EXCLUDED.market, supplier_id = EXCLUDED.supplier_id, moderation_status = EXCLUDED.moderation_status, indexed_at = now()`,
          [doc.productId, doc.modelId, doc.stamp.modelVersion, doc.stamp.occurredAt, doc.stamp.eventId, doc.imageId, doc.category, doc.market, doc.supplierId, doc.moderationStatus],
        );
        // The winning publication defines the product's locales: a locale it no longer carries leaves the index.
        await c.query(`DELETE FROM ${s}.documents WHERE product_id = $1`, [doc.productId]);
        for (const d of doc.locales) await insertDocument(c, doc.productId, d);
      }
      await c.query(`UPDATE ${s}.applied_events SET outcome = $2 WHERE event_id = $1`, [doc.stamp.eventId, outcome]);
      await c.query('COMMIT');
      return outcome;
    } catch (e) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw classify(e, `indexing product ${doc.productId} (event ${doc.stamp.eventId})`);
    } finally {
      c.release();
    }
  }

  async function search(q: SearchQuery): Promise<{ hits: SearchHit[]; more: boolean }> {
    const analyzer = analyzerFor(q.locale);
    let tsquery: string;
    const params: unknown[] = [q.locale];
    if (analyzer.kind === 'cjk-bigram') {
      const tokens = cjkQueryTokens(q.q);
      if (tokens.length === 0) return { hits: [], more: false };
      params.push(lexemeQuery(tokens));
      tsquery = '$2::tsquery';
    } else {
      params.push(q.q, analyzer.config);
      tsquery = 'websearch_to_tsquery($3::regconfig, $2)';
    }
    const filters: string[] = [];
    if (q.category) filters.push(`AND p.category = $${params.push(q.category)}`);
    if (q.market) filters.push(`AND p.market = $${params.push(q.market)}`);
    const limitParam = params.push(q.limit + 1);
    const offsetParam = params.push(q.offset);
    const sql = `
      SELECT d.product_id, d.locale, d.title, d.bullets, d.seo_keywords, p.category, p.market, p.model_version, p.event_id,
             ts_rank_cd(d.document, q.query) AS score
        FROM ${s}.documents d JOIN ${s}.products p USING (product_id), (SELECT ${tsquery} AS query) q
       WHERE d.locale = $1 AND d.document @@ q.query ${filters.join(' ')}
       ORDER BY score DESC, d.product_id
       LIMIT $${limitParam} OFFSET $${offsetParam}`;
    let rows: Array<Record<string, unknown>>;
    try {
      rows = (await pool.query(sql, params)).rows;
    } catch (e) {
      throw classify(e, 'search');
    }
    const hits = rows.slice(0, q.limit).map(
      (r): SearchHit => ({
        productId: r.product_id as string,
        locale: r.locale as string,
        title: r.title as string,
        bullets: r.bullets as string[],
        seoKeywords: r.seo_keywords as string[],
        category: (r.category as string | null) ?? null,
        market: r.market as string,
        modelVersion: r.model_version as string,
        publishedEventId: r.event_id as string,
        score: Number(r.score),
      }),
    );
    return { hits, more: rows.length > q.limit };
  }

  return {
    indexProduct,
    search,
    ping: async () => {
      await pool.query('SELECT 1');
    },
    close: () => pool.end(),
  };
}

async function migrate(pool: pg.Pool, schema: string): Promise<void> {
  const c = await pool.connect();
  try {
    await c.query('BEGIN');
    await c.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`vitrine.search-indexer.migrate:${schema}`]);
    await c.query(migrationSql(schema));
    await c.query('COMMIT');
  } catch (e) {
    await c.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    c.release();
  }
}
