import pg from 'pg';

/** What the search index holds, read straight from its tables (the API is query-shaped; tests need totals). */
export async function indexedProducts(databaseUrl: string, schema: string): Promise<Array<{ productId: string; modelVersion: string; locales: string[] }>> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const exists = await db.query('SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = $2', [schema, 'documents']);
    if (exists.rowCount === 0) return [];
    const { rows } = await db.query<{ product_id: string; model_version: string; locales: string[] }>(
      `SELECT p.product_id, p.model_version, array_agg(d.locale ORDER BY d.locale) AS locales
         FROM "${schema}".products p JOIN "${schema}".documents d USING (product_id) GROUP BY p.product_id, p.model_version ORDER BY p.product_id`,
    );
    return rows.map((r) => ({ productId: r.product_id, modelVersion: r.model_version, locales: r.locales }));
  } finally {
    await db.end();
  }
}

export async function dropSearchSchema(databaseUrl: string, schema: string): Promise<void> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await db.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await db.end();
  }
}
