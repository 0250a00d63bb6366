import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { start, waitForStatus } from '../support/processes.ts';
import { freePort } from './support/app.ts';
import { text } from './support/locales.ts';

// The README's first command: the development server on embedded PostgreSQL, nothing else.
test('npm run dev serves the home page on PGlite', async ({ page }) => {
	test.setTimeout(180_000);
	const dataDir = mkdtempSync(join(tmpdir(), 'voices-demo-'));
	const port = await freePort();
	const dev = start('npx', ['vite', 'dev', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
		PGLITE_DATA_DIR: join(dataDir, 'pglite'),
		DATABASE_URL: ''
	});
	try {
		await waitForStatus(`http://127.0.0.1:${port}/healthz`, 200, { timeoutMs: 150_000, started: dev });
		await page.goto(`http://127.0.0.1:${port}/?lang=lt`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'lt');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('lt', 'participant:home.heading'));
		await expect(page.locator('main')).toHaveAttribute('data-hydrated', 'true');
		expect(dev.output()).toContain('embedded PostgreSQL');
	} finally {
		await dev.stop();
		rmSync(dataDir, { recursive: true, force: true });
	}
});
