// Creates a staff account and prints its invitation link, for the first admin of a new
// installation (no admin exists yet to invite anyone):
//   npm run staff:invite -- --email admin@example.org --role admin [--role moderator] [--language de]
// It uses the same database as the app (DATABASE_URL, or the PGlite folder, which only one
// process may hold at a time: stop `npm run dev` first). The link works once, for 7 days.
import { parseArgs } from 'node:util';
import { config } from '../src/lib/server/config.ts';
import { invite } from '../src/lib/server/auth/staff.ts';
import { keyring } from '../src/lib/server/crypto/index.ts';
import { openDatabase } from '../src/lib/server/db/index.ts';
import { prepareDatabase } from '../src/lib/server/db/prepare.ts';
import { isRole, type Role } from '../src/lib/roles.ts';
import { normaliseLanguage } from '../src/lib/i18n/languages.ts';

function usage(problem: string): never {
	console.error(`${problem}\nUsage: npm run staff:invite -- --email <address> --role <admin|facilitator|moderator|reviewer> [--role …] [--language en]`);
	process.exit(2);
}

let values;
try {
	({ values } = parseArgs({
		options: {
			email: { type: 'string' },
			role: { type: 'string', multiple: true },
			language: { type: 'string', default: 'en' }
		}
	}));
} catch (error) {
	usage((error as Error).message);
}
const email = values.email?.trim() ?? '';
if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) usage('--email needs an e-mail address');
const roles = values.role ?? [];
if (roles.length === 0 || !roles.every(isRole)) usage('--role needs one of admin, facilitator, moderator, reviewer');
const language = normaliseLanguage(values.language) ?? usage('--language needs one of the 13 UI languages');

const settings = config();
const database = await openDatabase({ url: settings.DATABASE_URL, pgliteDataDir: settings.pgliteDataDir, poolSize: 1 });
try {
	await prepareDatabase(database, { migrationsFolder: settings.MIGRATIONS_DIR, url: settings.DATABASE_URL, demo: settings.seedDemo, keyring: keyring() });
	const result = await invite(
		database.db,
		keyring(),
		null,
		{ email, roles: roles as Role[], language },
		{ origin: settings.ORIGIN ?? 'http://localhost:5173', send: false }
	);
	if (!result.ok) {
		console.error(result.reason === 'exists' ? 'An account with this e-mail address exists already.' : `Not invited: ${result.reason}`);
		process.exitCode = 1;
	} else {
		console.log(`Invitation created. Open this link within 7 days to set a password and a second factor:\n${result.link}`);
	}
} finally {
	await database.close();
}
