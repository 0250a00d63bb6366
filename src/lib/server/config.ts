import { z } from 'zod';

/**
 * Every environment variable Voices reads, validated once. A bad value stops start-up with a
 * message naming the variable and what it expects, instead of failing later on a request.
 * This module reads `process.env` directly (not `$env/dynamic/private`) so that scripts and
 * drizzle.config.ts can use it too.
 */

const booleanFlag = z
	.enum(['true', 'false', '1', '0', 'yes', 'no'], {
		error: 'expected true or false'
	})
	.transform((value) => value === 'true' || value === '1' || value === 'yes');

const schema = z.object({
	NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
	DATABASE_URL: z
		.url({ protocol: /^postgres(ql)?$/, error: 'expected a postgres:// or postgresql:// URL' })
		.optional(),
	DATA_DIR: z.string().min(1, 'expected a folder path').default('.data'),
	PGLITE_DATA_DIR: z
		.string()
		.min(1, 'expected a folder path or memory://')
		.optional(),
	MIGRATIONS_DIR: z.string().min(1, 'expected a folder path').default('drizzle'),
	DATABASE_POOL_SIZE: z.coerce
		.number({ error: 'expected a whole number from 1 to 100' })
		.int('expected a whole number from 1 to 100')
		.min(1, 'expected a whole number from 1 to 100')
		.max(100, 'expected a whole number from 1 to 100')
		.default(10),
	QUICK_EXIT_URL: z
		.url({ protocol: /^https?$/, error: 'expected an http:// or https:// URL' })
		.default('https://www.google.com/'),
	LOG_LEVEL: z
		.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
			error: 'expected one of fatal, error, warn, info, debug, trace, silent'
		})
		.default('info'),
	SEED_DEMO: booleanFlag.optional()
});

export type Config = z.infer<typeof schema> & {
	/** The folder PGlite keeps its data in, or `memory://`; unused when DATABASE_URL is set. */
	pgliteDataDir: string;
	/** Whether the demo data is seeded: on for the embedded demo, off in production unless asked. */
	seedDemo: boolean;
};

export class ConfigError extends Error {
	constructor(readonly problems: string[]) {
		super(`Voices cannot start, the environment is not valid:\n  ${problems.join('\n  ')}`);
		this.name = 'ConfigError';
	}
}

/** Parses an environment; throws a ConfigError naming every bad variable. */
export function parseConfig(env: Record<string, string | undefined>): Config {
	// an empty variable means "not set", as it does in most shells' `FOO= cmd`
	const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
	const result = schema.safeParse(present);
	if (!result.success) {
		throw new ConfigError(
			result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
		);
	}
	const values = result.data;
	const production = values.NODE_ENV === 'production' || values.DATABASE_URL !== undefined;
	return {
		...values,
		pgliteDataDir: values.PGLITE_DATA_DIR ?? `${values.DATA_DIR}/pglite`,
		seedDemo: values.SEED_DEMO ?? !production
	};
}

let cached: Config | undefined;

/** The configuration of this process, read from `process.env` on first use. */
export function config(): Config {
	cached ??= parseConfig(process.env);
	return cached;
}
