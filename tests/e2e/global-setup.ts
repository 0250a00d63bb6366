import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { SMTPServer } from 'smtp-server';
import { createDatabase, dropDatabase, throwawayName } from '../support/postgres-server.ts';
import { BASE_URL, E2E_PORT, EXIT_PORT, SMTP_PORT, startBuiltApp } from './support/app.ts';
import { CHROMIUM } from './support/chromium.ts';

/**
 * One app for the end-to-end tests, built and run as in production (`node build`) on a
 * throwaway database of the PostgreSQL server, plus the neutral page that quick exit leads to.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
	if (!existsSync(CHROMIUM)) {
		throw new Error(
			`No Chromium at ${CHROMIUM}. Install Debian's: apt-get update && apt-get install -y chromium ` +
				'(or set CHROMIUM_PATH). Playwright cannot download a browser here.'
		);
	}

	// a real SMTP server: the app's e-mail really goes out, and tests read it back
	const mail: { to: string[]; raw: string }[] = [];
	const smtp = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS', 'AUTH'],
		logger: false,
		onData(stream, session, callback) {
			let raw = '';
			stream.on('data', (chunk: Buffer) => (raw += chunk.toString()));
			stream.on('end', () => {
				mail.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
				callback();
			});
		}
	});
	await new Promise<void>((resolve) => smtp.listen(SMTP_PORT, '127.0.0.1', resolve));

	const neutral = createServer((request, response) => {
		if (request.url === '/mail') {
			response.writeHead(200, { 'content-type': 'application/json' });
			response.end(JSON.stringify(mail));
			return;
		}
		response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		response.end('<!doctype html><html lang="en"><title>Weather</title><h1>Weather today</h1></html>');
	});
	await new Promise<void>((resolve) => neutral.listen(EXIT_PORT, '127.0.0.1', resolve));

	const name = throwawayName();
	const url = await createDatabase(name);
	process.env.E2E_DATABASE_URL = url;
	let app;
	try {
		app = await startBuiltApp(E2E_PORT, { DATABASE_URL: url, ORIGIN: BASE_URL, SEED_DEMO: 'true' });
	} catch (error) {
		neutral.close();
		smtp.close();
		await dropDatabase(name);
		throw error;
	}

	return async () => {
		const code = await app.stop();
		neutral.close();
		await new Promise<void>((resolve) => smtp.close(() => resolve()));
		await dropDatabase(name);
		// SIGTERM must end `node build` cleanly: an open database pool would keep it alive
		if (code !== 0) throw new Error(`node build exited with ${code} on SIGTERM:\n${app.output()}`);
	};
}
