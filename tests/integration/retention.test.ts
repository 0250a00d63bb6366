import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/lib/server/auth/sessions.ts';
import * as staff from '../../src/lib/server/auth/staff.ts';
import * as consultations from '../../src/lib/server/consultations/index.ts';
import type { Db } from '../../src/lib/server/db/index.ts';
import { PURGE_JOB } from '../../src/lib/server/jobs/purge.ts';
import * as moderation from '../../src/lib/server/moderation/index.ts';
import * as journey from '../../src/lib/server/participation/index.ts';
import * as results from '../../src/lib/server/results/index.ts';
import { whatIsKept } from '../../src/lib/server/retention/index.ts';
import { buildOpenConsultation, childTakesPart } from '../support/consultation.ts';
import { testKeyring } from '../support/keyring.ts';
import { DRIVERS, rows, useMigratedDatabase } from './databases.ts';

const DAY = 86_400_000;
const start = new Date('2026-06-01T10:00:00Z');
const after = (days: number) => new Date(start.getTime() + days * DAY);

/** The rows of one consultation in every table the purge touches or must not touch. */
async function census(db: Db, consultationId: string) {
	const [counted] = await rows<Record<string, number>>(
		db,
		sql`select
			(select count(*)::int from response where consultation_id = ${consultationId}) as responses,
			(select count(*)::int from answer a join response r on r.id = a.response_id where r.consultation_id = ${consultationId}) as answers,
			(select count(*)::int from moderation_decision d join answer a on a.id = d.answer_id join response r on r.id = a.response_id where r.consultation_id = ${consultationId}) as decisions,
			(select count(*)::int from safeguarding_flag where consultation_id = ${consultationId}) as flags,
			(select count(*)::int from participation where consultation_id = ${consultationId}) as participations,
			(select count(*)::int from receipt where consultation_id = ${consultationId}) as receipts,
			(select count(*)::int from release where consultation_id = ${consultationId}) as releases,
			(select count(*)::int from assent where consultation_id = ${consultationId}) as assents,
			(select count(*)::int from theme t join question q on q.id = t.question_id where q.consultation_id = ${consultationId}) as themes`
	);
	return counted;
}

async function archivedEvents(db: Db, consultationId: string) {
	return rows<{ details: Record<string, unknown> }>(db, sql`select details from audit_event where action = 'consultation.archived' and object_id = ${consultationId}`);
}

describe.each(DRIVERS)('the retention purge on %s', (driver) => {
	const test = useMigratedDatabase(driver);
	const keyring = testKeyring();
	const person = async (role: 'facilitator' | 'moderator' | 'admin') => {
		const invited = await staff.invite(test.db, keyring, null, { email: `${role}.${Math.random()}@example.org`, roles: [role], language: 'en' }, { origin: 'https://v.example', send: false });
		if (!invited.ok) throw new Error(invited.reason);
		return { id: invited.userId, roles: [role] as string[] };
	};

	it('erases exactly the raw data of a consultation past its retention period, once, and keeps its releases and receipts', async () => {
		const [facilitator, first, second, admin] = [await person('facilitator'), await person('moderator'), await person('moderator'), await person('admin')];
		const options = { facilitatorId: facilitator.id, leadId: first.id, kinds: ['single', 'free-text'] as const, now: start };
		const expiring = await buildOpenConsultation(test.db, keyring, { ...options, kinds: [...options.kinds], title: 'Short-lived', retentionDays: 30 });
		const lasting = await buildOpenConsultation(test.db, keyring, { ...options, kinds: [...options.kinds], title: 'Long-lived', retentionDays: 365 });
		const receipts: string[] = [];
		for (let n = 0; n < 12; n++) {
			const [single, free] = expiring.questions;
			receipts.push(await childTakesPart(test.db, keyring, expiring.code, { country: 'SE', age: 15, answers: { [single.id]: { choices: [single.options[n % 2].id] }, [free.id]: { text: `More benches ${n}` } } }, start));
		}
		await childTakesPart(test.db, keyring, lasting.code, { country: 'SE', age: 15, answers: {} }, start);
		// a child who joined and never finished
		const joined = await journey.join(test.db, keyring, expiring.code, 'en', start);
		if (!joined.ok) throw new Error('join');

		const queue = (await moderation.queue(test.db, first, expiring.id, { state: 'pending' }, start))!;
		for (const item of queue.items) await moderation.decide(test.db, first, expiring.id, item.answerId, { decision: 'approve' }, start);
		await moderation.flagAnswer(test.db, first, expiring.id, queue.items[0].answerId, 'neglect', start);
		const [flag] = (await moderation.safeguardingQueue(test.db, first, expiring.id, start))!.flags;
		await moderation.recordAction(test.db, first, expiring.id, flag.flagId, 'Read; nothing identifies the child.', start);
		await moderation.addTheme(test.db, first, expiring.id, expiring.questions[1].id, 'Benches', start);
		for (const built of [expiring, lasting]) await consultations.transition(test.db, built.facilitator, built.id, 'close', after(1));
		expect(await results.prepare(test.db, first, expiring.id, 1, after(2))).toMatchObject({ ok: true });
		await results.saveTexts(test.db, first, expiring.id, { en: { heard: 'Benches.', next: 'Benches in May.' } }, after(2));
		const work = (await results.releaseWork(test.db, second, expiring.id, after(2)))!;
		expect((await results.approve(test.db, second, expiring.id, results.digestOf(work.draft!), after(2))).ok).toBe(true);

		const before = await census(test.db, expiring.id);
		expect(before).toEqual({ responses: 12, answers: 24, decisions: 12, flags: 1, participations: 1, receipts: 12, releases: 1, assents: 12, themes: 1 });
		const lastingBefore = await census(test.db, lasting.id);
		// the admin sees what is kept and when it goes: 30 days after the day it closed
		const kept = (await whatIsKept(test.db, admin, expiring.id, after(2)))!;
		expect(kept.purgeOn).toEqual(after(31));
		expect(kept.rows.find((row) => row.kind === 'responses')).toMatchObject({ rows: 12, rule: 'retention' });
		expect(kept.rows.find((row) => row.kind === 'releases')).toMatchObject({ rows: 1, rule: 'kept' });
		expect(await whatIsKept(test.db, facilitator, expiring.id, after(2))).toBeNull();

		// a day before the end of retention nothing of it goes
		await PURGE_JOB.run(test.db, after(30));
		expect(await census(test.db, expiring.id)).toEqual({ ...before, participations: 0 });
		expect(await archivedEvents(test.db, expiring.id)).toEqual([]);

		// past it: the answers, decisions, flags and the unfinished participation are gone
		const purged = await PURGE_JOB.run(test.db, after(31));
		expect(purged).toMatchObject({ archived: 1, responses: 12, answers: 24, flags: 1 });
		expect(await census(test.db, expiring.id)).toEqual({ responses: 0, answers: 0, decisions: 0, flags: 0, participations: 0, receipts: 12, releases: 1, assents: 12, themes: 1 });
		expect((await consultations.readConsultation(test.db, expiring.id))!.consultation.state).toBe('archived');
		// a consultation with a longer retention keeps everything
		expect(await census(test.db, lasting.id)).toEqual(lastingBefore);

		// the receipt still leads to what happened next; the release is intact
		const receipt = await journey.readReceipt(test.db, keyring, receipts[0]);
		expect(receipt).toMatchObject({ ok: true, consultationId: expiring.id, answersKept: false });
		expect((await results.published(test.db, expiring.id))!.texts.en.next).toBe('Benches in May.');

		// what it removed is recorded as counts, once; a second run finds nothing
		const events = await archivedEvents(test.db, expiring.id);
		expect(events).toEqual([{ details: { participations: 0, responses: 12, answers: 24, flags: 1, retentionDays: 30 } }]);
		expect(await PURGE_JOB.run(test.db, after(32))).toMatchObject({ archived: 0, responses: 0 });
		expect(await archivedEvents(test.db, expiring.id)).toHaveLength(1);
	});

	it('removes expired staff sessions, invitations and password-reset links with it', async () => {
		const now = new Date();
		const invited = await staff.invite(test.db, keyring, null, { email: `late.${Math.random()}@example.org`, roles: ['reviewer'], language: 'en' }, { origin: 'https://v.example', send: false });
		if (!invited.ok) throw new Error(invited.reason);
		await createSession(test.db, randomBytes(20).toString('hex'), invited.userId, { secondFactorVerified: true, now });
		const count = async () => (await rows<{ tokens: number; sessions: number }>(test.db, sql`select (select count(*)::int from staff_token where user_id = ${invited.userId}) as tokens, (select count(*)::int from staff_session where user_id = ${invited.userId}) as sessions`))[0];
		expect(await count()).toEqual({ tokens: 1, sessions: 1 });
		await PURGE_JOB.run(test.db, new Date(now.getTime() + 60 * DAY));
		expect(await count()).toEqual({ tokens: 0, sessions: 0 });
	});
});

// `npm run purge` in two processes at once, against one server: the work is done once
describe.runIf(DRIVERS.includes('postgres'))('npm run purge in two processes on postgres', () => {
	const test = useMigratedDatabase('postgres');
	const keyring = testKeyring();

	it('purges once when two processes start together', async () => {
		const invite = async (role: string) => {
			const invited = await staff.invite(test.db, keyring, null, { email: `${role}.${Math.random()}@example.org`, roles: [role as 'moderator'], language: 'en' }, { origin: 'https://v.example', send: false });
			if (!invited.ok) throw new Error(invited.reason);
			return invited.userId;
		};
		const long = new Date(Date.now() - 20 * DAY);
		const built = await buildOpenConsultation(test.db, keyring, { facilitatorId: await invite('facilitator'), leadId: await invite('moderator'), title: 'Old', kinds: ['single'], retentionDays: 5, now: long });
		for (let n = 0; n < 3; n++) await childTakesPart(test.db, keyring, built.code, { country: 'SE', age: 15, answers: {} }, long);
		await consultations.transition(test.db, built.facilitator, built.id, 'close', new Date(long.getTime() + DAY));

		const env = {
			...process.env,
			DATABASE_URL: test.url!,
			NODE_ENV: 'production',
			ORIGIN: 'https://voices.example',
			SEED_DEMO: 'false',
			ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`,
			HMAC_SECRET: randomBytes(32).toString('base64'),
			LOG_LEVEL: 'silent'
		};
		const run = () =>
			new Promise<{ code: number | null; out: string }>((resolve) => {
				const child = spawn(process.execPath, ['scripts/purge.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
				let out = '';
				child.stdout.on('data', (chunk) => (out += chunk));
				child.stderr.on('data', (chunk) => (out += chunk));
				child.on('exit', (code) => resolve({ code, out }));
			});
		const [a, b] = await Promise.all([run(), run()]);
		expect([a.code, b.code], a.out + b.out).toEqual([0, 0]);
		expect([a.out, b.out].filter((out) => out.includes('archived 1'))).toHaveLength(1);
		expect(await archivedEvents(test.db, built.id)).toHaveLength(1);
		expect((await census(test.db, built.id)).responses).toBe(0);
	}, 120_000);
});
