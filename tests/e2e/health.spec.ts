import { expect, test } from '@playwright/test';
import { start, waitForStatus } from '../support/processes.ts';
import { TcpProxy } from '../support/tcp-proxy.ts';
import { freePort, startBuiltApp } from './support/app.ts';

// A second app of its own, reaching the e2e database through a TCP proxy the test controls.
test('/healthz goes to 503 when the database goes away, and back to 200 by itself', async () => {
	test.setTimeout(120_000);
	const database = new URL(process.env.E2E_DATABASE_URL!);
	const proxy = new TcpProxy(database.hostname, Number(database.port || 5432));
	const proxyPort = await proxy.listen();
	const viaProxy = new URL(database);
	viaProxy.host = `127.0.0.1:${proxyPort}`;
	const port = await freePort();
	const app = await startBuiltApp(port, { DATABASE_URL: viaProxy.toString(), ORIGIN: 'https://voices.example' });
	const health = `http://127.0.0.1:${port}/healthz`;
	try {
		expect((await fetch(health)).status).toBe(200);

		await proxy.cut();
		const cutAt = Date.now();
		await waitForStatus(health, 503, { timeoutMs: 10_000 });
		expect(Date.now() - cutAt).toBeLessThan(10_000);
		// the help line still shows while the database is away
		const home = await fetch(`http://127.0.0.1:${port}/?lang=en`);
		expect(home.status).toBe(200);
		expect(await home.text()).toContain('116 111');

		await proxy.restore();
		await waitForStatus(health, 200, { timeoutMs: 15_000 });
	} finally {
		await proxy.cut();
		await app.stop();
	}
});

test('an https origin gets HSTS', async () => {
	const port = await freePort();
	const app = await startBuiltApp(port, {
		DATABASE_URL: process.env.E2E_DATABASE_URL!,
		ORIGIN: 'https://voices.example'
	});
	try {
		const response = await fetch(`http://127.0.0.1:${port}/`);
		expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d{8}/);
		const cookie = await fetch(`http://127.0.0.1:${port}/?lang=de`);
		expect(cookie.headers.get('set-cookie')).toMatch(/Secure/);
	} finally {
		await app.stop();
	}
});

test('a bad setting stops start-up with a message naming it', async () => {
	const app = start(process.execPath, ['build'], {
		PORT: String(await freePort()),
		DATABASE_URL: 'mysql://nope',
		QUICK_EXIT_URL: 'not a url'
	});
	const code = await new Promise<number | null>((resolve) => app.process.once('exit', resolve));
	expect(code).not.toBe(0);
	expect(app.output()).toContain('DATABASE_URL: expected a postgres:// or postgresql:// URL');
	expect(app.output()).toContain('QUICK_EXIT_URL: expected an http:// or https:// URL');
});
