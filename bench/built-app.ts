// The built app (`node build`) on embedded PostgreSQL in memory, started for a benchmark on a
// free port of this machine; answers once /healthz does. Run `npm run build` first.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	await new Promise<void>((resolve) => server.close(() => resolve()));
	return port;
}

export interface BuiltApp {
	base: string;
	process: ChildProcess;
	stop(): void;
}

export async function startBuiltApp(env: Record<string, string> = {}): Promise<BuiltApp> {
	const port = await freePort();
	const base = `http://127.0.0.1:${port}`;
	const app = spawn(process.execPath, ['build'], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: base, PGLITE_DATA_DIR: 'memory://', LOG_LEVEL: 'warn', DATABASE_URL: '', ...env },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	for (let i = 0; ; i++) {
		try {
			if ((await fetch(`${base}/healthz`)).ok) break;
		} catch {
			// still starting
		}
		if (i > 600) throw new Error('the app did not start');
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	return { base, process: app, stop: () => app.kill('SIGTERM') };
}
