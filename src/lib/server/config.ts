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
	SEED_DEMO: booleanFlag.optional(),
	/** The public address; adapter-node reads it too. Links in e-mails are built from it. */
	ORIGIN: z.url({ protocol: /^https?$/, error: 'expected the public http(s):// address' }).optional(),
	/** `id:base64key,…` — AES-256 keys; the first encrypts, all decrypt (for rotation). */
	ENCRYPTION_KEYS: z
		.string()
		.regex(
			/^[A-Za-z0-9_-]{1,16}:[A-Za-z0-9+/]{43}=(,[A-Za-z0-9_-]{1,16}:[A-Za-z0-9+/]{43}=)*$/,
			'expected id:key pairs separated by commas, each key 32 random bytes in base64'
		)
		.optional(),
	/** Secret for the HMACs of codes, tokens and rate-limit keys: 32 bytes or more, base64. */
	HMAC_SECRET: z
		.string()
		.regex(/^[A-Za-z0-9+/]{43,}={0,2}$/, 'expected at least 32 random bytes in base64')
		.optional(),
	SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'expected an smtp:// or smtps:// URL' }).optional(),
	MAIL_FROM: z.string().min(3, 'expected an address such as Voices <voices@example.org>').default('Voices <no-reply@voices.invalid>'),
	/** Second factor for admins and moderators; only the demo or a trial turns it off. */
	REQUIRE_SECOND_FACTOR: booleanFlag.default(true),
	/** How often this process looks for due background jobs, in seconds. */
	JOB_INTERVAL_SECONDS: z.coerce
		.number({ error: 'expected a whole number of seconds from 1 to 3600' })
		.int('expected a whole number of seconds from 1 to 3600')
		.min(1, 'expected a whole number of seconds from 1 to 3600')
		.max(3600, 'expected a whole number of seconds from 1 to 3600')
		.default(5)
});

export type Config = z.infer<typeof schema> & {
	/** The folder PGlite keeps its data in, or `memory://`; unused when DATABASE_URL is set. */
	pgliteDataDir: string;
	/** Whether the demo data is seeded: on for the embedded demo, off in production unless asked. */
	seedDemo: boolean;
};

export class ConfigError extends Error {
	readonly problems: string[];

	constructor(problems: string[]) {
		super(`Voices cannot start, the environment is not valid:\n  ${problems.join('\n  ')}`);
		this.name = 'ConfigError';
		this.problems = problems;
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
	const missing: string[] = [];
	if (values.NODE_ENV === 'production') {
		// the demo generates its own into the data folder; a deployment must bring them
		if (!values.ENCRYPTION_KEYS) missing.push('ENCRYPTION_KEYS: required in production');
		if (!values.HMAC_SECRET) missing.push('HMAC_SECRET: required in production');
	}
	if (missing.length > 0) throw new ConfigError(missing);
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
