import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterEach, describe, expect, it } from 'vitest';

// `npm run staff:invite` as an operator runs it, on a fresh embedded database
describe('npm run staff:invite', () => {
	let dataDir: string | undefined;
	afterEach(() => {
		if (dataDir) rmSync(dataDir, { recursive: true, force: true });
	});

	const run = (args: string[], env: Record<string, string>) =>
		spawnSync(process.execPath, ['scripts/staff-invite.ts', ...args], {
			env: { ...process.env, ...env, DATABASE_URL: '', NODE_ENV: 'development', LOG_LEVEL: 'silent' },
			encoding: 'utf8',
			timeout: 60_000
		});

	it('creates the first admin and prints a single-use link', async () => {
		dataDir = mkdtempSync(join(tmpdir(), 'voices-invite-'));
		const env = { DATA_DIR: dataDir, ORIGIN: 'https://voices.example' };
		const result = run(['--email', 'First.Admin@example.org', '--role', 'admin'], env);
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toMatch(/https:\/\/voices\.example\/staff\/invite\/[a-z2-7]{32}/);

		const again = run(['--email', 'first.admin@example.org', '--role', 'admin'], env);
		expect(again.status).toBe(1);
		expect(again.stderr).toContain('exists already');

		const db = await PGlite.create(join(dataDir, 'pglite'));
		try {
			const { rows } = await db.query<{ email: string; roles: string[]; password_hash: string | null }>(
				`select email, roles, password_hash from staff_user where email = 'first.admin@example.org'`
			);
			expect(rows).toEqual([{ email: 'first.admin@example.org', roles: ['admin'], password_hash: null }]);
		} finally {
			await db.close();
		}
	}, 120_000);

	it('explains what it needs when an argument is wrong', () => {
		dataDir = mkdtempSync(join(tmpdir(), 'voices-invite-'));
		for (const args of [['--email', 'not-an-address', '--role', 'admin'], ['--email', 'a@example.org', '--role', 'king'], ['--nonsense']]) {
			const result = run(args, { DATA_DIR: dataDir });
			expect(result.status, args.join(' ')).toBe(2);
			expect(result.stderr).toContain('Usage: npm run staff:invite');
		}
	});
});
