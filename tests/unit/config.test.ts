import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/lib/server/config.ts';

/** The problems a ConfigError lists for an environment; fails the test if none is thrown. */
function problemsOf(env: Record<string, string | undefined>): string[] {
	try {
		parseConfig(env);
	} catch (error) {
		expect(error).toBeInstanceOf(ConfigError);
		return (error as ConfigError).problems;
	}
	throw new Error(`expected ${JSON.stringify(env)} to be refused`);
}

// what production must bring along (DESIGN.md: keys from one environment variable)
const SECRETS = {
	ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}`,
	HMAC_SECRET: Buffer.alloc(32, 2).toString('base64')
};

describe('parseConfig defaults', () => {
	it('starts the embedded demo from an empty environment', () => {
		const config = parseConfig({});
		expect(config).toMatchObject({
			NODE_ENV: 'development',
			pgliteDataDir: '.data/pglite',
			seedDemo: true,
			MIGRATIONS_DIR: 'drizzle',
			DATABASE_POOL_SIZE: 10,
			LOG_LEVEL: 'info'
		});
		expect(config.DATABASE_URL).toBeUndefined();
		expect(config.QUICK_EXIT_URL).toMatch(/^https:\/\//);
	});

	it('reads good values', () => {
		const config = parseConfig({
			...SECRETS,
			NODE_ENV: 'production',
			DATABASE_URL: 'postgres://voices:pw@db.example.org:5432/voices',
			DATABASE_POOL_SIZE: '25',
			QUICK_EXIT_URL: 'https://www.bbc.co.uk/weather',
			LOG_LEVEL: 'warn',
			MIGRATIONS_DIR: '/app/drizzle'
		});
		expect(config).toMatchObject({
			NODE_ENV: 'production',
			DATABASE_URL: 'postgres://voices:pw@db.example.org:5432/voices',
			DATABASE_POOL_SIZE: 25,
			QUICK_EXIT_URL: 'https://www.bbc.co.uk/weather',
			LOG_LEVEL: 'warn',
			MIGRATIONS_DIR: '/app/drizzle'
		});
		expect(parseConfig({ DATABASE_URL: 'postgresql://h/db' }).DATABASE_URL).toBe('postgresql://h/db');
	});
});

describe('bad values stop start-up', () => {
	it('names the variable and what it expects', () => {
		expect(() => parseConfig({ DATABASE_URL: 'mysql://u@h/db' })).toThrow(ConfigError);
		const problems = problemsOf({ DATABASE_URL: 'mysql://u@h/db' });
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/^DATABASE_URL: .*postgres:\/\//);
	});

	it('puts the problems in the error message', () => {
		expect(() => parseConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL: expected one of/);
		try {
			parseConfig({ LOG_LEVEL: 'loud' });
		} catch (error) {
			expect((error as Error).name).toBe('ConfigError');
		}
	});

	it('reports every bad variable at once', () => {
		const problems = problemsOf({
			NODE_ENV: 'staging',
			DATABASE_URL: 'not a url',
			DATABASE_POOL_SIZE: 'many',
			QUICK_EXIT_URL: 'ftp://example.org/',
			LOG_LEVEL: 'loud',
			SEED_DEMO: 'maybe'
		});
		const variables = problems.map((problem) => problem.split(':')[0]).sort();
		expect(variables).toEqual([
			'DATABASE_POOL_SIZE',
			'DATABASE_URL',
			'LOG_LEVEL',
			'NODE_ENV',
			'QUICK_EXIT_URL',
			'SEED_DEMO'
		]);
		for (const problem of problems) expect(problem).toMatch(/^[A-Z_]+: .*expected/);
	});

	it('does not repeat a bad value, which may hold a password, in the message', () => {
		try {
			parseConfig({ DATABASE_URL: 'mysql://voices:s3cret-pw@db/voices' });
			expect.unreachable();
		} catch (error) {
			expect((error as Error).message).toContain('DATABASE_URL');
			expect((error as Error).message).not.toContain('s3cret-pw');
		}
	});

	it('wants a whole pool size from 1 to 100', () => {
		for (const size of ['0', '101', '2.5', '-3', 'ten']) {
			expect(problemsOf({ DATABASE_POOL_SIZE: size }), size).toEqual([
				'DATABASE_POOL_SIZE: expected a whole number from 1 to 100'
			]);
		}
		expect(parseConfig({ DATABASE_POOL_SIZE: '1' }).DATABASE_POOL_SIZE).toBe(1);
		expect(parseConfig({ DATABASE_POOL_SIZE: '100' }).DATABASE_POOL_SIZE).toBe(100);
	});

	it('refuses a NODE_ENV, LOG_LEVEL or SEED_DEMO it does not know', () => {
		expect(problemsOf({ NODE_ENV: 'prod' })[0]).toMatch(/^NODE_ENV: .*production/);
		expect(problemsOf({ LOG_LEVEL: 'verbose' })[0]).toMatch(/^LOG_LEVEL: .*debug/);
		expect(problemsOf({ SEED_DEMO: 'sometimes' })).toEqual(['SEED_DEMO: expected true or false']);
	});
});

describe('QUICK_EXIT_URL', () => {
	it('accepts http and https addresses', () => {
		expect(parseConfig({ QUICK_EXIT_URL: 'http://example.org/' }).QUICK_EXIT_URL).toBe(
			'http://example.org/'
		);
		expect(parseConfig({ QUICK_EXIT_URL: 'https://www.dr.dk/vejret' }).QUICK_EXIT_URL).toBe(
			'https://www.dr.dk/vejret'
		);
	});

	it('refuses anything else', () => {
		for (const url of [
			'javascript:alert(1)',
			'data:text/html,hello',
			'ftp://example.org/',
			'file:///etc/passwd',
			'www.example.org',
			'/elsewhere'
		]) {
			expect(problemsOf({ QUICK_EXIT_URL: url }), url).toEqual([
				'QUICK_EXIT_URL: expected an http:// or https:// URL'
			]);
		}
	});
});

describe('an empty variable means unset', () => {
	it('uses the defaults for empty values', () => {
		const config = parseConfig({
			NODE_ENV: '',
			DATABASE_URL: '',
			DATA_DIR: '',
			PGLITE_DATA_DIR: '',
			DATABASE_POOL_SIZE: '',
			QUICK_EXIT_URL: '',
			LOG_LEVEL: '',
			SEED_DEMO: ''
		});
		expect(config).toMatchObject({
			NODE_ENV: 'development',
			pgliteDataDir: '.data/pglite',
			DATABASE_POOL_SIZE: 10,
			LOG_LEVEL: 'info',
			seedDemo: true
		});
		expect(config.DATABASE_URL).toBeUndefined();
		expect(config.QUICK_EXIT_URL).toBe(parseConfig({}).QUICK_EXIT_URL);
	});

	it('treats an undefined value like an absent one', () => {
		expect(parseConfig({ DATABASE_URL: undefined, SEED_DEMO: undefined }).seedDemo).toBe(true);
	});
});

describe('the demo seed', () => {
	it('is on by default without DATABASE_URL outside production', () => {
		expect(parseConfig({}).seedDemo).toBe(true);
		expect(parseConfig({ NODE_ENV: 'development' }).seedDemo).toBe(true);
		expect(parseConfig({ NODE_ENV: 'test' }).seedDemo).toBe(true);
	});

	it('is off by default in production', () => {
		expect(parseConfig({ ...SECRETS, NODE_ENV: 'production' }).seedDemo).toBe(false);
	});

	it('is off by default with a DATABASE_URL, even in development', () => {
		expect(parseConfig({ DATABASE_URL: 'postgres://h/db' }).seedDemo).toBe(false);
		expect(
			parseConfig({ NODE_ENV: 'development', DATABASE_URL: 'postgres://h/db' }).seedDemo
		).toBe(false);
	});

	it('follows SEED_DEMO when it is set', () => {
		expect(parseConfig({ ...SECRETS, NODE_ENV: 'production', SEED_DEMO: 'true' }).seedDemo).toBe(true);
		expect(parseConfig({ DATABASE_URL: 'postgres://h/db', SEED_DEMO: 'true' }).seedDemo).toBe(true);
		expect(parseConfig({ SEED_DEMO: 'false' }).seedDemo).toBe(false);
		expect(parseConfig({ NODE_ENV: 'test', SEED_DEMO: 'false' }).seedDemo).toBe(false);
	});

	it('reads 1/0 and yes/no like true/false', () => {
		expect(parseConfig({ ...SECRETS, NODE_ENV: 'production', SEED_DEMO: '1' }).seedDemo).toBe(true);
		expect(parseConfig({ ...SECRETS, NODE_ENV: 'production', SEED_DEMO: 'yes' }).seedDemo).toBe(true);
		expect(parseConfig({ SEED_DEMO: '0' }).seedDemo).toBe(false);
		expect(parseConfig({ SEED_DEMO: 'no' }).seedDemo).toBe(false);
	});
});

describe('the PGlite data folder', () => {
	it('defaults to .data/pglite', () => {
		expect(parseConfig({}).pgliteDataDir).toBe('.data/pglite');
	});

	it('follows DATA_DIR', () => {
		expect(parseConfig({ DATA_DIR: '/var/lib/voices' }).pgliteDataDir).toBe('/var/lib/voices/pglite');
	});

	it('is PGLITE_DATA_DIR when that is set, whatever DATA_DIR says', () => {
		expect(parseConfig({ PGLITE_DATA_DIR: '/srv/pglite' }).pgliteDataDir).toBe('/srv/pglite');
		expect(
			parseConfig({ DATA_DIR: '/var/lib/voices', PGLITE_DATA_DIR: '/srv/pglite' }).pgliteDataDir
		).toBe('/srv/pglite');
	});

	it('may be memory://', () => {
		expect(parseConfig({ PGLITE_DATA_DIR: 'memory://' }).pgliteDataDir).toBe('memory://');
		expect(parseConfig({ DATA_DIR: 'data', PGLITE_DATA_DIR: 'memory://' }).pgliteDataDir).toBe(
			'memory://'
		);
	});
});

describe('secrets in production', () => {
	it('are required, and named when missing', () => {
		expect(problemsOf({ NODE_ENV: 'production' })).toEqual([
			'ENCRYPTION_KEYS: required in production',
			'HMAC_SECRET: required in production'
		]);
	});

	it('must be 32-byte keys in base64 with an id', () => {
		expect(problemsOf({ ENCRYPTION_KEYS: 'k1:short' })[0]).toMatch(/^ENCRYPTION_KEYS: expected id:key pairs/);
		expect(problemsOf({ HMAC_SECRET: 'short' })[0]).toMatch(/^HMAC_SECRET: expected at least 32 random bytes/);
		expect(parseConfig(SECRETS).ENCRYPTION_KEYS).toBe(SECRETS.ENCRYPTION_KEYS);
	});
});
