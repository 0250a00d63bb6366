// Runs the purge once, now, as the job runner would (issue #10): raw data of consultations past
// their retention period, expired sessions, invitations, password-reset links, guardian links and
// mail. It prints what it removed as counts only.
//   npm run purge
// It uses the same database as the app (DATABASE_URL, or the PGlite folder, which only one
// process may hold at a time: stop `npm run dev` first). Run while the app runs against a
// PostgreSQL server, it waits for a purge in progress there and then finds nothing left to do.
import { config } from '../src/lib/server/config.ts';
import { keyring } from '../src/lib/server/crypto/index.ts';
import { openDatabase } from '../src/lib/server/db/index.ts';
import { prepareDatabase } from '../src/lib/server/db/prepare.ts';
import { PURGE_JOB } from '../src/lib/server/jobs/purge.ts';
import { runNow } from '../src/lib/server/jobs/runner.ts';

const settings = config();
const database = await openDatabase({ url: settings.DATABASE_URL, pgliteDataDir: settings.pgliteDataDir, poolSize: 1 });
try {
	await prepareDatabase(database, { migrationsFolder: settings.MIGRATIONS_DIR, url: settings.DATABASE_URL, demo: settings.seedDemo, keyring: keyring() });
	const counts = (await runNow(database.db, PURGE_JOB)) ?? {};
	const removed = Object.entries(counts).filter(([, n]) => n > 0);
	console.log(removed.length ? `Purged: ${removed.map(([what, n]) => `${what} ${n}`).join(', ')}.` : 'Nothing to purge.');
} finally {
	await database.close();
}
