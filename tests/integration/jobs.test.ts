import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database, type Db } from '../../src/lib/server/db/index.ts';
import { dailySalts, jobRuns } from '../../src/lib/server/db/schema/index.ts';
import { runIfDue, type Job } from '../../src/lib/server/jobs/runner.ts';
import { DRIVERS, useMigratedDatabase } from './databases.ts';

const INTERVAL = 60_000;

/** A job that counts its runs and takes a while, like real work. */
function slowJob(name = 'count', durationMs = 300) {
	const job: Job & { runs: number } = {
		name,
		intervalMs: INTERVAL,
		runs: 0,
		async run() {
			job.runs++;
			await new Promise((resolve) => setTimeout(resolve, durationMs));
		}
	};
	return job;
}

const runOf = async (db: Db, name: string) => {
	const [row] = await db.select().from(jobRuns).where(eq(jobRuns.name, name));
	return row;
};

/** Extra database handles (other "processes"), closed after each test. */
const opened: Database[] = [];

afterEach(async () => {
	await Promise.all(opened.splice(0).map((database) => database.close()));
});

describe.each(DRIVERS)('job runner on %s', (driver) => {
	const test = useMigratedDatabase(driver);

	it('runs a job once per interval', async () => {
		const job = slowJob('count', 0);
		const start = new Date();

		expect(await runIfDue(test.db, job, start)).toBe('ran');
		expect(job.runs).toBe(1);
		const first = await runOf(test.db, job.name);
		expect(first.lastStartedAt.getTime()).toBe(start.getTime());
		expect(first.lastFinishedAt).not.toBeNull();

		expect(await runIfDue(test.db, job, start)).toBe('not-due');
		expect(await runIfDue(test.db, job, new Date(start.getTime() + INTERVAL - 1))).toBe('not-due');
		expect(job.runs).toBe(1);

		const next = new Date(start.getTime() + INTERVAL);
		expect(await runIfDue(test.db, job, next)).toBe('ran');
		expect(job.runs).toBe(2);
		expect((await runOf(test.db, job.name)).lastStartedAt.getTime()).toBe(next.getTime());
	});

	it('keeps the intervals of different jobs apart', async () => {
		const one = slowJob('one', 0);
		const other = slowJob('other', 0);
		const now = new Date();

		expect(await runIfDue(test.db, one, now)).toBe('ran');
		expect(await runIfDue(test.db, other, now)).toBe('ran');
		expect([one.runs, other.runs]).toEqual([1, 1]);
	});

	it('runs a job once when one process ticks twice at the same moment', async () => {
		const job = slowJob();
		const now = new Date();

		const outcomes = await Promise.all([runIfDue(test.db, job, now), runIfDue(test.db, job, now)]);

		expect(job.runs).toBe(1);
		expect(outcomes.filter((outcome) => outcome === 'ran')).toHaveLength(1);
		expect(outcomes.filter((outcome) => outcome !== 'ran')[0]).toMatch(/^(busy|not-due)$/);
	});

	it('leaves a job that failed due, with what it wrote rolled back', async () => {
		let fail = true;
		let runs = 0;
		const job: Job = {
			name: 'flaky',
			intervalMs: INTERVAL,
			async run(db) {
				runs++;
				await db.insert(dailySalts).values({ day: `run-${runs}`, salt: 'x' });
				if (fail) throw new Error('the job failed');
			}
		};
		const start = new Date();

		// the first run ever fails: no trace that it started
		await expect(runIfDue(test.db, job, start)).rejects.toThrow('the job failed');
		expect(await runOf(test.db, job.name)).toBeUndefined();
		expect(await test.db.select().from(dailySalts)).toEqual([]);

		fail = false;
		expect(await runIfDue(test.db, job, start)).toBe('ran');
		expect(runs).toBe(2);

		// a later run fails: the last start stays the successful one, so it is due at once
		fail = true;
		const next = new Date(start.getTime() + INTERVAL);
		await expect(runIfDue(test.db, job, next)).rejects.toThrow('the job failed');
		const row = await runOf(test.db, job.name);
		expect(row.lastStartedAt.getTime()).toBe(start.getTime());
		expect(row.lastFinishedAt).not.toBeNull();

		fail = false;
		expect(await runIfDue(test.db, job, next)).toBe('ran');
		expect(runs).toBe(4);
		expect((await test.db.select({ day: dailySalts.day }).from(dailySalts)).map((r) => r.day).sort()).toEqual([
			'run-2',
			'run-4'
		]);
	});
});

// several processes need several connections to one database: only the server has that
describe.runIf(DRIVERS.includes('postgres'))('job runner in several processes on postgres', () => {
	const test = useMigratedDatabase('postgres');

	async function processes(n: number): Promise<Database[]> {
		const handles = await Promise.all(
			Array.from({ length: n }, () => openDatabase({ url: test.url!, poolSize: 2 }))
		);
		opened.push(...handles);
		return handles;
	}

	it('runs a job in one process when two tick at the same moment', async () => {
		const job = slowJob();
		const now = new Date();
		const [a, b] = await processes(2);

		const outcomes = await Promise.all([runIfDue(a.db, job, now), runIfDue(b.db, job, now)]);

		expect(job.runs).toBe(1);
		expect(outcomes.filter((outcome) => outcome === 'ran')).toHaveLength(1);
		expect(outcomes.filter((outcome) => outcome !== 'ran')[0]).toMatch(/^(busy|not-due)$/);
		expect((await runOf(test.db, job.name)).lastStartedAt.getTime()).toBe(now.getTime());
	});

	it('runs a job in one process when many tick at the same moment', async () => {
		const job = slowJob();
		const now = new Date();
		const many = await processes(5);

		const outcomes = await Promise.all(many.map((database) => runIfDue(database.db, job, now)));

		expect(job.runs).toBe(1);
		expect(outcomes.filter((outcome) => outcome === 'ran')).toHaveLength(1);
		// while one runs, the others find it busy rather than waiting for it
		expect(outcomes.filter((outcome) => outcome === 'busy').length).toBeGreaterThan(0);
	});

	it('lets another process run the job once its interval has passed', async () => {
		const job = slowJob('count', 0);
		const start = new Date();
		const [a, b] = await processes(2);

		expect(await runIfDue(a.db, job, start)).toBe('ran');
		expect(await runIfDue(b.db, job, new Date(start.getTime() + INTERVAL - 1))).toBe('not-due');
		expect(await runIfDue(b.db, job, new Date(start.getTime() + INTERVAL))).toBe('ran');
		expect(job.runs).toBe(2);
	});
});
