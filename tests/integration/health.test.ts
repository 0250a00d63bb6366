import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/lib/server/db/index.ts';
import { DRIVERS, useMigratedDatabase } from './databases.ts';

describe.each(DRIVERS)('database ping on %s', (driver) => {
	const test = useMigratedDatabase(driver, { isolation: 'file' });

	it('answers true while the database answers', async () => {
		expect(await test.database.ping()).toBe(true);
	});
});

describe('database ping against a server that does not answer', () => {
	let silent: Server | undefined;
	const sockets = new Set<Socket>();
	afterEach(async () => {
		for (const socket of sockets) socket.destroy();
		await new Promise<void>((resolve) => (silent ? silent.close(() => resolve()) : resolve()));
	});

	it('answers false within its time limit instead of hanging', async () => {
		// accepts connections and never speaks: the worst kind of outage for a health check
		silent = createServer((socket) => void sockets.add(socket));
		await new Promise<void>((resolve) => silent!.listen(0, '127.0.0.1', resolve));
		const port = (silent.address() as { port: number }).port;
		const database = await openDatabase({ url: `postgres://nobody@127.0.0.1:${port}/none` });
		const started = performance.now();
		try {
			expect(await database.ping(500)).toBe(false);
			expect(performance.now() - started).toBeLessThan(2000);
		} finally {
			void database.close();
		}
	});
});
