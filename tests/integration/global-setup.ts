import type { TestProject } from 'vitest/node';
import { ADMIN_URL, serverAvailable } from '../support/postgres-server.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		postgresServer: boolean;
	}
}

/**
 * Integration tests run on PGlite always, and on the PostgreSQL server whenever one answers.
 * In CI a missing server is a failure, not a reason to test less.
 */
export default async function setup(project: TestProject): Promise<void> {
	const available = await serverAvailable();
	if (!available) {
		const where = new URL(ADMIN_URL).host;
		if (process.env.CI) {
			throw new Error(`CI=true but no PostgreSQL server answers at ${where} (TEST_POSTGRES_URL)`);
		}
		console.warn(`\nNo PostgreSQL server at ${where}: integration tests run on PGlite only.\n`);
	}
	project.provide('postgresServer', available);
}
