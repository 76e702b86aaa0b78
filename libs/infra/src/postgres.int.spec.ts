import { describe, expect, it } from 'vitest';
import pg from 'pg';

describe('local PostgreSQL', () => {
  it('runs queries in the vitrine database', async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      const { rows } = await client.query<{ one: number; db: string }>('select 1 as one, current_database() as db');
      expect(rows).toEqual([{ one: 1, db: 'vitrine' }]);
      await client.query('create temporary table infra_probe (id int primary key, v text)');
      await client.query("insert into infra_probe values (1, 'a'), (2, 'b')");
      const count = await client.query<{ n: string }>('select count(*) as n from infra_probe');
      expect(count.rows[0]?.n).toBe('2');
    } finally {
      await client.end();
    }
  });
});
