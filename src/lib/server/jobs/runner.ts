import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Database, Db } from '../db/index.ts';
import { jobRuns } from '../db/schema/index.ts';
import { describeError, log } from '../log/index.ts';

/**
 * Periodic background work. Every app process ticks; a job runs when its interval has passed
 * since it last started anywhere, inside a transaction that holds a PostgreSQL advisory lock
 * for it, so that however many processes tick at once, one of them runs it.
 * Jobs that work through rows claim them with `FOR UPDATE SKIP LOCKED`.
 */
export interface Job {
	name: string;
	intervalMs: number;
	/** Does the work; returns counts for the log line (never content). */
	run(db: Db, now: Date): Promise<Record<string, number> | void>;
}

function lockKey(name: string): bigint {
	return createHash('sha256').update(`voices-job:${name}`).digest().readBigInt64BE(0);
}

export type JobOutcome = 'ran' | 'not-due' | 'busy';

/** Runs one job if it is due and nobody else is running it. */
export async function runIfDue(db: Db, job: Job, now = new Date()): Promise<JobOutcome> {
	return db.transaction(async (tx) => {
		const locked = await tx.execute(sql`select pg_try_advisory_xact_lock(${lockKey(job.name)}) as locked`);
		const rows = (Array.isArray(locked) ? locked : (locked as { rows: unknown[] }).rows) as { locked: boolean }[];
		if (!rows[0]?.locked) return 'busy';
		const [last] = await tx.select().from(jobRuns).where(eq(jobRuns.name, job.name));
		if (last && now.getTime() - last.lastStartedAt.getTime() < job.intervalMs) return 'not-due';
		const counts = await runRecorded(tx as unknown as Db, job, now);
		if (counts && Object.values(counts).some((n) => n > 0)) log().info({ job: job.name, ...counts }, 'job ran');
		return 'ran';
	});
}

/**
 * Runs one job now, whether due or not (`npm run purge`): waits for a process running it to
 * finish rather than skipping, so that the work is done when it returns — once, not twice.
 */
export async function runNow(db: Db, job: Job, now = new Date()): Promise<Record<string, number> | void> {
	return db.transaction(async (tx) => {
		await tx.execute(sql`select pg_advisory_xact_lock(${lockKey(job.name)})`);
		return runRecorded(tx as unknown as Db, job, now);
	});
}

/** Runs a job inside its lock's transaction, with its start and finish written down. */
async function runRecorded(tx: Db, job: Job, now: Date): Promise<Record<string, number> | void> {
	await tx
		.insert(jobRuns)
		.values({ name: job.name, lastStartedAt: now })
		.onConflictDoUpdate({ target: jobRuns.name, set: { lastStartedAt: now, lastFinishedAt: null } });
	const counts = await job.run(tx, now);
	await tx.update(jobRuns).set({ lastFinishedAt: new Date() }).where(eq(jobRuns.name, job.name));
	return counts;
}

/** Starts ticking in this process; returns a function that stops it. */
export function startJobRunner(database: Database, jobs: Job[], tickMs: number): () => Promise<void> {
	let running: Promise<void> | undefined;
	let stopped = false;
	const tick = async () => {
		for (const job of jobs) {
			if (stopped) return;
			try {
				await runIfDue(database.db, job);
			} catch (error) {
				log().error({ job: job.name, err: describeError(error) }, 'job failed');
			}
		}
	};
	const timer = setInterval(() => {
		if (!running) running = tick().finally(() => (running = undefined));
	}, tickMs);
	// a tick in progress must not keep a stopping process alive longer than it takes
	timer.unref();
	return async () => {
		stopped = true;
		clearInterval(timer);
		await running;
	};
}
