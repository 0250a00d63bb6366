import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { start, waitForStatus, type Started } from '../../support/processes.ts';

export const E2E_PORT = Number(process.env.E2E_PORT ?? 4317);
export const EXIT_PORT = Number(process.env.E2E_EXIT_PORT ?? 4318);
export const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 4319);
/** The neutral site of the tests also shows the e-mail their SMTP server received, as JSON. */
export const MAIL_URL = `http://127.0.0.1:${EXIT_PORT}/mail`;
export const BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
/** The neutral page that quick exit leaves for; the tests serve it themselves. */
export const QUICK_EXIT_URL = `http://127.0.0.1:${EXIT_PORT}/weather`;

export function assertBuilt(): void {
	if (!existsSync('build/index.js')) {
		throw new Error('No build/ folder: run `npm run build` before the end-to-end tests (npm test does).');
	}
}

export async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const port = (server.address() as { port: number }).port;
	await new Promise<void>((resolve) => server.close(() => resolve()));
	return port;
}

/** The app's keys in the end-to-end tests, so that a test can prepare data as the app would. */
export const E2E_SECRETS = { encryptionKeys: `e2e:${Buffer.alloc(32, 7).toString('base64')}`, hmacSecret: Buffer.alloc(32, 9).toString('base64') };

/** Starts the built app (`node build`), as production does, and waits until it is healthy. */
export async function startBuiltApp(port: number, env: Record<string, string>): Promise<Started> {
	assertBuilt();
	const app = start(process.execPath, ['build'], {
		PORT: String(port),
		HOST: '127.0.0.1',
		NODE_ENV: 'production',
		QUICK_EXIT_URL,
		LOG_LEVEL: 'warn',
		// production brings its own keys; fixed ones make runs comparable
		ENCRYPTION_KEYS: E2E_SECRETS.encryptionKeys,
		HMAC_SECRET: E2E_SECRETS.hmacSecret,
		SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
		JOB_INTERVAL_SECONDS: '1',
		...env
	});
	await waitForStatus(`http://127.0.0.1:${port}/healthz`, 200, { started: app });
	return app;
}
