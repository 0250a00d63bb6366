import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as consultations from '../../src/lib/server/consultations/index.ts';
import { sharedCode, createSlipBatch } from '../../src/lib/server/consultations/codes.ts';
import { ETHICS_REQUIREMENTS } from '../../src/lib/server/consultations/rules.ts';
import { LIMITS, limitedAttempt } from '../../src/lib/server/auth/rate-limit.ts';
import * as staff from '../../src/lib/server/auth/staff.ts';
import { generateSecretCode } from '../../src/lib/codes.ts';
import * as journey from '../../src/lib/server/participation/index.ts';
import type { Db } from '../../src/lib/server/db/index.ts';
import { accessCodes, answers, assents, consultationCounters, participations, rateLimits, receipts, responses, safeguardingFlags } from '../../src/lib/server/db/schema/index.ts';
import { testKeyring } from '../support/keyring.ts';
import { DRIVERS, rows, useMigratedDatabase } from './databases.ts';

const now = new Date('2026-11-28T12:00:00Z');
const later = (days: number) => new Date(now.getTime() + days * 86_400_000);

describe.each(DRIVERS)('taking part on %s', (driver) => {
	const test = useMigratedDatabase(driver);
	const keyring = testKeyring();

	/** An open consultation in English and Lithuanian: a single choice, a free text, a ranking. */
	async function openConsultation(options: { policy?: 'country-table' | 'everyone-under-18'; ageBands?: ('10-12' | '13-15' | '16-17' | '18-24')[] } = {}) {
		const make = async (email: string, roles: ('facilitator' | 'moderator')[]) => {
			const invited = await staff.invite(test.db, keyring, null, { email, roles, language: 'en' }, { origin: 'https://v.example', send: false });
			if (!invited.ok) throw new Error(invited.reason);
			return { id: invited.userId, roles: roles as string[] };
		};
		const alice = await make(`alice.${Math.random()}@example.org`, ['facilitator']);
		const lead = await make(`lead.${Math.random()}@example.org`, ['moderator']);
		const created = await consultations.create(test.db, alice, { title: 'Parks', language: 'en' });
		if (!created.ok) throw new Error();
		const id = created.id;
		await consultations.updateSettings(test.db, alice, id, {
			languages: ['en', 'lt'],
			countries: ['LT', 'SE'],
			ageBands: options.ageBands ?? ['10-12', '13-15', '16-17'],
			consentPolicy: options.policy ?? 'country-table',
			suppressionThreshold: 10,
			retentionDays: 365,
			timeZone: 'Europe/Vilnius',
			opensAt: later(-1),
			closesAt: later(30),
			safeguardingLeadId: lead.id,
			ethicsReference: 'REC-1',
			dpiaReference: 'DPIA-1',
			ethicsChecklist: Object.fromEntries(ETHICS_REQUIREMENTS.map((r) => [r, { confirmed: true, note: 'yes' }])) as never
		}, now);
		for (const kind of ['single', 'free-text', 'ranking'] as const) {
			const added = await consultations.addQuestion(test.db, alice, id, { kind, optionCount: 3 }, now);
			if (!added.ok) throw new Error();
		}
		const found = (await consultations.readForMember(test.db, alice, id))!;
		const entries = ['en', 'lt'].flatMap((language) =>
			consultations.requiredTexts(found.questions).map((need) => ({ ...need, field: need.field as 'prompt', language: language as 'en', level: 'teen' as const, text: `${need.field} ${language}` }))
		);
		await consultations.setTexts(test.db, alice, id, entries, now);
		expect(await consultations.transition(test.db, alice, id, 'ready', now)).toEqual({ ok: true });
		expect(await consultations.transition(test.db, alice, id, 'open', now)).toEqual({ ok: true });
		const shared = await sharedCode(test.db, keyring, alice, id);
		if (!shared.ok) throw new Error();
		const [single, free, ranking] = found.questions;
		return { id, alice, code: shared.code, single, free, ranking };
	}

	async function started(code: string, age = 14, country = 'SE') {
		const joined = await journey.join(test.db, keyring, code, 'en', now);
		if (!joined.ok) throw new Error(joined.reason);
		let participation = (await journey.current(test.db, keyring, joined.token, now))!;
		expect(await journey.aboutYou(test.db, participation, { country, age }, now)).toMatchObject({ ok: true });
		participation = (await journey.current(test.db, keyring, joined.token, now))!;
		return { token: joined.token, participation };
	}

	const counters = async (id: string) => {
		const [row] = await test.db.select().from(consultationCounters).where(eq(consultationCounters.consultationId, id));
		return { started: row.started, waiting: row.waitingForGuardian, finished: row.finished, withdrew: row.withdrew };
	};

	it('refuses unknown, mistyped and closed codes, and uses a single-use code up at join', async () => {
		const { id, alice, code } = await openConsultation();
		expect(await journey.join(test.db, keyring, 'K7MQ4TXB', 'en', now)).toEqual({ ok: false, reason: 'unknown' });
		expect(await journey.join(test.db, keyring, '00000-00001-2', 'en', now)).toEqual({ ok: false, reason: 'check' });
		const slips = await createSlipBatch(test.db, keyring, alice, id, 1);
		if (!slips.ok) throw new Error();
		expect((await journey.join(test.db, keyring, slips.codes[0], 'en', now)).ok).toBe(true);
		expect(await journey.join(test.db, keyring, slips.codes[0], 'en', now)).toEqual({ ok: false, reason: 'used' });
		// the day it was used, never the moment
		const [slip] = await test.db.select().from(accessCodes).where(eq(accessCodes.kind, 'single-use'));
		expect(slip.usedAt?.toISOString()).toBe('2026-11-28T00:00:00.000Z');
		// past its closing instant no code opens it
		expect(await journey.join(test.db, keyring, code, 'en', later(31))).toEqual({ ok: false, reason: 'not-open' });
	});

	it('limits failed attempts at codes per client as the staff sign-in does, joining and receipts together, and keeps no address', async () => {
		const { code } = await openConsultation();
		const client = { clientAddress: '203.0.113.7' };
		const enter = (typed: string, subject = client) =>
			limitedAttempt(test.db, keyring, 'code', subject, () => journey.enter(test.db, keyring, typed, 'en', now), (entered) => !entered.ok, now);
		const lookUp = (typed: string) => limitedAttempt(test.db, keyring, 'code', client, () => journey.readReceipt(test.db, keyring, typed), (found) => !found.ok && found.reason === 'unknown', now);

		// the staff sign-in allows a client this many failures in its window
		for (let attempt = 1; attempt < LIMITS.client.points; attempt++) {
			expect(await enter('K7MQ4TXB')).toEqual({ blocked: false, result: { ok: false, reason: 'unknown' } });
		}
		// a success counts nothing; the last failure allowed is a receipt code nobody was given
		expect(await enter(code)).toMatchObject({ blocked: false, result: { ok: true } });
		expect(await lookUp(generateSecretCode())).toEqual({ blocked: false, result: { ok: false, reason: 'unknown' } });
		// now even a good code is refused from this client, and receipts with it
		expect(await enter(code)).toMatchObject({ blocked: true });
		expect(await lookUp(generateSecretCode())).toMatchObject({ blocked: true });
		// another client behind another address is not affected
		expect(await enter(code, { clientAddress: '198.51.100.1' })).toMatchObject({ blocked: false, result: { ok: true } });

		const keys = (await test.db.select({ key: rateLimits.key }).from(rateLimits)).map((row) => row.key);
		expect(keys.length).toBeGreaterThan(0);
		expect(keys.filter((key) => key.includes('203.0.113') || key.includes('198.51.100'))).toEqual([]);
	});

	it('keeps the age band and the guardian decision, never the age; ages outside the range are turned away kindly', async () => {
		const { code } = await openConsultation();
		const joined = await journey.join(test.db, keyring, code, 'en', now);
		if (!joined.ok) throw new Error();
		const participation = (await journey.current(test.db, keyring, joined.token, now))!;
		expect(await journey.aboutYou(test.db, participation, { country: 'SE', age: 8 }, now)).toEqual({ ok: false, reason: 'age-outside' });
		expect(await journey.aboutYou(test.db, participation, { country: 'XX', age: 12 }, now)).toEqual({ ok: false, reason: 'country' });
		expect(await journey.aboutYou(test.db, participation, { country: 'LT', age: 13 }, now)).toEqual({ ok: true, band: '13-15' });
		const [row] = await test.db.select().from(participations).where(eq(participations.id, participation.id));
		// Lithuania: digital consent from 14 (DESIGN.md), so a 13-year-old needs a guardian
		expect(row).toMatchObject({ country: 'LT', ageBand: '13-15', guardianRequired: true });
		expect(JSON.stringify(row)).not.toMatch(/"13"|:13[,}]/);
	});

	it('records assent apart, and a "No" keeps nothing of the participation', async () => {
		const { id, code } = await openConsultation();
		const { participation } = await started(code, 15, 'SE');
		expect(await journey.assent(test.db, participation, 'no', now)).toBe('ended');
		expect(await test.db.select().from(participations)).toEqual([]);
		const [assent] = await test.db.select().from(assents);
		expect(assent).toMatchObject({ consultationId: id, decision: 'no', language: 'en', day: '2026-11-28' });
		expect(await counters(id)).toEqual({ started: 0, waiting: 0, finished: 0, withdrew: 0 });
	});

	it('waits at the gate for a guardian, and passes once the slip is marked as consented', async () => {
		const { id, alice, code } = await openConsultation({ policy: 'everyone-under-18' });
		const slips = await createSlipBatch(test.db, keyring, alice, id, 1);
		if (!slips.ok) throw new Error();
		const joined = await journey.join(test.db, keyring, slips.codes[0], 'en', now);
		if (!joined.ok) throw new Error();
		let participation = (await journey.current(test.db, keyring, joined.token, now))!;
		await journey.aboutYou(test.db, participation, { country: 'SE', age: 16 }, now);
		participation = (await journey.current(test.db, keyring, joined.token, now))!;
		expect(await journey.assent(test.db, participation, 'yes', now)).toBe('guardian');
		expect(await counters(id)).toMatchObject({ started: 1, waiting: 1 });
		participation = (await journey.current(test.db, keyring, joined.token, now))!;
		expect(await journey.passGate(test.db, participation)).toBe(false);
		await test.db.update(accessCodes).set({ consentedOn: '2026-11-28' }).where(eq(accessCodes.id, participation.accessCodeId!));
		expect(await journey.passGate(test.db, participation)).toBe(true);
		expect(await counters(id)).toMatchObject({ started: 1, waiting: 0 });
	});

	it('decides once from the exact age: after assent a new age changes nothing, and the counters count the child once', async () => {
		const { id, code } = await openConsultation({ ageBands: ['10-12', '13-15', '16-17', '18-24'] });
		const { token, participation } = await started(code, 12, 'DK');
		const row = async (t = token) => (await journey.current(test.db, keyring, t, now))!;
		// before assent the child may still correct their age: Denmark's age of digital consent is 15 (since 2024)
		expect(await journey.aboutYou(test.db, await row(), { country: 'DK', age: 16 }, now)).toEqual({ ok: true, band: '16-17' });
		expect(await row()).toMatchObject({ ageBand: '16-17', guardianRequired: false, step: 'information' });
		expect(await journey.aboutYou(test.db, await row(), { country: 'DK', age: 12 }, now)).toEqual({ ok: true, band: '10-12' });
		const beforeAssent = await row();
		expect(await journey.assent(test.db, beforeAssent, 'yes', now)).toBe('guardian');

		// at the gate, 18 (no guardian needed) is refused; so is a request that read the step before the assent
		expect(await journey.aboutYou(test.db, await row(), { country: 'DK', age: 18 }, now)).toEqual({ ok: false, reason: 'decided' });
		expect(await journey.aboutYou(test.db, beforeAssent, { country: 'DK', age: 18 }, now)).toEqual({ ok: false, reason: 'decided' });
		// a second "yes" on the same reading (a double click) records and counts nothing
		await journey.assent(test.db, beforeAssent, 'yes', now);
		expect(await row()).toMatchObject({ country: 'DK', ageBand: '10-12', guardianRequired: true, step: 'guardian' });
		expect(await journey.passGate(test.db, await row())).toBe(false);
		expect(await counters(id)).toEqual({ started: 1, waiting: 1, finished: 0, withdrew: 0 });
		expect(await test.db.select().from(assents)).toHaveLength(1);

		// answering already (16, no guardian): a new age of 12 neither stops the child nor changes the band
		const other = await started(code, 16, 'DK');
		await journey.assent(test.db, other.participation, 'yes', now);
		expect(await journey.aboutYou(test.db, await row(other.token), { country: 'DK', age: 12 }, now)).toEqual({ ok: false, reason: 'decided' });
		expect(await row(other.token)).toMatchObject({ ageBand: '16-17', guardianRequired: false, step: 'questions' });
		expect(await counters(id)).toEqual({ started: 2, waiting: 1, finished: 0, withdrew: 0 });
	});

	it('checks every answer against its question and keeps drafts across a reload', async () => {
		const { code, single, free, ranking } = await openConsultation();
		const { token, participation } = await started(code);
		await journey.assent(test.db, participation, 'yes', now);
		const p = async () => (await journey.current(test.db, keyring, token, now))!;
		expect(await journey.saveAnswer(test.db, await p(), single.id, { choices: ['not-an-option'] }, now)).toEqual({ ok: false, reason: 'choice' });
		expect(await journey.saveAnswer(test.db, await p(), single.id, { choices: [single.options[0].id, single.options[1].id] }, now)).toEqual({ ok: false, reason: 'choice' });
		expect(await journey.saveAnswer(test.db, await p(), single.id, {}, now)).toEqual({ ok: false, reason: 'empty' });
		expect(await journey.saveAnswer(test.db, await p(), '00000000-0000-4000-8000-000000000000', { skipped: true }, now)).toEqual({ ok: false, reason: 'not-shown' });
		expect(await journey.saveAnswer(test.db, await p(), free.id, { text: 'x'.repeat(501) }, now)).toEqual({ ok: false, reason: 'too-long' });
		expect(await journey.saveAnswer(test.db, await p(), ranking.id, { ranks: { [ranking.options[0].id]: '1', [ranking.options[1].id]: '1' } }, now)).toEqual({ ok: false, reason: 'rank' });
		expect(await journey.saveAnswer(test.db, await p(), ranking.id, { ranks: { [ranking.options[0].id]: '9' } }, now)).toEqual({ ok: false, reason: 'rank' });
		expect((await journey.saveAnswer(test.db, await p(), single.id, { choices: [single.options[1].id] }, now)).ok).toBe(true);
		expect((await journey.saveAnswer(test.db, await p(), ranking.id, { ranks: { [ranking.options[2].id]: '1', [ranking.options[0].id]: '2', [ranking.options[1].id]: '' } }, now)).ok).toBe(true);
		// a reload (a new read of the participation) has every draft
		expect((await p()).drafts).toEqual({
			[single.id]: { choices: [single.options[1].id] },
			[ranking.id]: { ranks: { [ranking.options[2].id]: 1, [ranking.options[0].id]: 2 } }
		});
	});

	it('screens free text before it is stored, and raises a flag that survives a discard', async () => {
		const { id, code, free } = await openConsultation();
		const { token, participation } = await started(code);
		await journey.assent(test.db, participation, 'yes', now);
		const saved = await journey.saveAnswer(test.db, (await journey.current(test.db, keyring, token, now))!, free.id, { text: 'Call me on 070-123 45 67. My dad hits me when he is angry.' }, now);
		expect(saved).toMatchObject({ ok: true, risk: true, draft: { text: 'Call me on [phone]. My dad hits me when he is angry.', redactions: ['phone'] } });
		const stored = JSON.stringify((await test.db.select().from(participations))[0].drafts);
		// the number as typed, not merely its digits: a random id in the drafts may hold 070 too
		expect(stored).not.toContain('070-123');
		await journey.discard(test.db, (await journey.current(test.db, keyring, token, now))!);
		expect(await test.db.select().from(participations)).toEqual([]);
		const flags = await test.db.select().from(safeguardingFlags);
		expect(flags).toHaveLength(1);
		expect(flags[0]).toMatchObject({ consultationId: id, questionId: free.id, category: 'abuse', day: '2026-11-28' });
		expect(await counters(id)).toMatchObject({ started: 1, finished: 0, withdrew: 1 });
	});

	it('shares in one transaction that touches only the response, its answers, the participation and the counters', async () => {
		const { id, code, single, free } = await openConsultation();
		const { token, participation } = await started(code);
		await journey.assent(test.db, participation, 'yes', now);
		await journey.saveAnswer(test.db, (await journey.current(test.db, keyring, token, now))!, single.id, { skipped: true }, now);
		await journey.saveAnswer(test.db, (await journey.current(test.db, keyring, token, now))!, free.id, { text: 'Sometimes I want to die.' }, now);
		await journey.reachCheck(test.db, (await journey.current(test.db, keyring, token, now))!);
		const shared = await journey.submit(test.db, keyring, token, 'submission-token-0123456789', now);
		if (!shared.ok) throw new Error(shared.reason);

		const [response] = await test.db.select().from(responses);
		expect(response).toMatchObject({ consultationId: id, language: 'en', country: 'SE', ageBand: '13-15', day: '2026-11-28' });
		expect(response.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
		const stored = await test.db.select().from(answers).where(eq(answers.responseId, response.id));
		expect(stored.find((a) => a.questionId === single.id)).toMatchObject({ skipped: true, choices: null });
		const freeAnswer = stored.find((a) => a.questionId === free.id)!;
		expect(freeAnswer.text).toBe('Sometimes I want to die.');
		// the flag raised while answering is linked to the shared answer
		const [flag] = await test.db.select().from(safeguardingFlags);
		expect(freeAnswer.flagIds).toEqual([flag.id]);
		expect(await test.db.select().from(participations)).toEqual([]);
		expect(await counters(id)).toEqual({ started: 1, waiting: 0, finished: 1, withdrew: 0 });

		// no other row anywhere carries the response's transaction id
		const [{ xid }] = await rows<{ xid: string }>(test.db, sql`select xmin::text as xid from response where id = ${response.id}`);
		const tables = await rows<{ tablename: string }>(test.db, sql`select tablename from pg_tables where schemaname = 'public'`);
		const sharing: string[] = [];
		for (const { tablename } of tables) {
			const [{ n }] = await rows<{ n: number }>(test.db, sql`select count(*)::int as n from ${sql.identifier(tablename)} where xmin::text = ${xid}`);
			if (n > 0) sharing.push(tablename);
		}
		expect(sharing.sort()).toEqual(['answer', 'consultation_counter', 'response']);
	});

	it('shows a retried submission the same receipt and stores one response; a closed consultation stores nothing', async () => {
		const { id, code, single } = await openConsultation();
		const { token, participation } = await started(code);
		await journey.assent(test.db, participation, 'yes', now);
		await journey.saveAnswer(test.db, (await journey.current(test.db, keyring, token, now))!, single.id, { choices: [single.options[0].id] }, now);
		await journey.reachCheck(test.db, (await journey.current(test.db, keyring, token, now))!);
		const first = await journey.submit(test.db, keyring, token, 'retry-token-0123456789abc', now);
		const again = await journey.submit(test.db, keyring, token, 'retry-token-0123456789abc', now);
		expect(first.ok && again.ok && first.receipt === again.receipt).toBe(true);
		expect(await test.db.select().from(responses)).toHaveLength(1);
		expect(await test.db.select().from(receipts)).toHaveLength(1);
		// another token, or the same after the retry window, learns nothing
		expect(await journey.submit(test.db, keyring, token, 'other-token-0123456789abcd', now)).toEqual({ ok: false, reason: 'gone' });
		expect(await journey.submit(test.db, keyring, token, 'retry-token-0123456789abc', new Date(now.getTime() + 40 * 60_000))).toEqual({ ok: false, reason: 'gone' });

		const second = await started(code);
		await journey.assent(test.db, second.participation, 'yes', now);
		await journey.reachCheck(test.db, (await journey.current(test.db, keyring, second.token, now))!);
		expect(await journey.submit(test.db, keyring, second.token, 'closed-token-0123456789abc', later(31))).toEqual({ ok: false, reason: 'closed' });
		expect(await test.db.select().from(responses)).toHaveLength(1);
		expect(await counters(id)).toMatchObject({ finished: 1 });
	});

	it('stores one response when one share form is posted twice at once, and shows both posts the same receipt', async () => {
		const { id, code, single } = await openConsultation();
		// a few children, each double-clicking "Yes" without JavaScript: two requests with one token
		for (const n of [1, 2, 3]) {
			const { token, participation } = await started(code);
			await journey.assent(test.db, participation, 'yes', now);
			await journey.saveAnswer(test.db, (await journey.current(test.db, keyring, token, now))!, single.id, { choices: [single.options[0].id] }, now);
			await journey.reachCheck(test.db, (await journey.current(test.db, keyring, token, now))!);
			const submission = `double-click-token-0123456789-${n}`;
			const [first, second] = await Promise.all([journey.submit(test.db, keyring, token, submission, now), journey.submit(test.db, keyring, token, submission, now)]);
			if (!first.ok || !second.ok) throw new Error(`${JSON.stringify(first)} ${JSON.stringify(second)}`);
			expect(second.receipt).toBe(first.receipt);
			expect(await journey.readReceipt(test.db, keyring, first.receipt)).toEqual({ ok: true, consultationId: id, language: 'en', answersKept: true });
			expect(await test.db.select().from(responses)).toHaveLength(n);
			expect(await test.db.select().from(receipts)).toHaveLength(n);
			expect(await test.db.select().from(answers)).toHaveLength(n);
		}
		expect(await test.db.select().from(participations)).toEqual([]);
		expect(await counters(id)).toEqual({ started: 3, waiting: 0, finished: 3, withdrew: 0 });
	});

	it('never shows a receipt without answers behind it: of two tabs sharing at once, the second is told its page is out of date', async () => {
		const { id, code, single } = await openConsultation();
		const { token, participation } = await started(code);
		await journey.assent(test.db, participation, 'yes', now);
		await journey.saveAnswer(test.db, (await journey.current(test.db, keyring, token, now))!, single.id, { choices: [single.options[0].id] }, now);
		await journey.reachCheck(test.db, (await journey.current(test.db, keyring, token, now))!);
		// two check pages (two tabs), each with its own token, shared at the same moment
		const tokens = ['tab-one-token-0123456789abc', 'tab-two-token-0123456789abc'];
		const results = await Promise.all(tokens.map((submission) => journey.submit(test.db, keyring, token, submission, now)));
		const shared = results.filter((result) => result.ok);
		expect(shared).toHaveLength(1);
		expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, reason: 'gone' }]);
		// the losing tab, retried, still learns nothing
		const loser = tokens[results.findIndex((result) => !result.ok)];
		expect(await journey.submit(test.db, keyring, token, loser, now)).toEqual({ ok: false, reason: 'gone' });
		const [response] = await test.db.select().from(responses);
		expect(await test.db.select().from(responses)).toHaveLength(1);
		expect(await journey.readReceipt(test.db, keyring, (shared[0] as { receipt: string }).receipt)).toEqual({ ok: true, consultationId: id, language: 'en', answersKept: true });
		expect(response.consultationId).toBe(id);
		expect(await counters(id)).toMatchObject({ started: 1, finished: 1 });
	});

	it('lets the child withdraw with the receipt while open, and keeps the receipt’s link to the consultation', async () => {
		const { id, code, single } = await openConsultation();
		const { token, participation } = await started(code);
		await journey.assent(test.db, participation, 'yes', now);
		await journey.saveAnswer(test.db, (await journey.current(test.db, keyring, token, now))!, single.id, { choices: [single.options[0].id] }, now);
		await journey.reachCheck(test.db, (await journey.current(test.db, keyring, token, now))!);
		const shared = await journey.submit(test.db, keyring, token, 'withdraw-token-0123456789', now);
		if (!shared.ok) throw new Error();
		expect(await journey.withdraw(test.db, keyring, 'K7MQ4TXB2A', now)).toMatchObject({ ok: false });
		expect(await journey.readReceipt(test.db, keyring, shared.receipt)).toEqual({ ok: true, consultationId: id, language: 'en', answersKept: true });
		expect(await journey.withdraw(test.db, keyring, shared.receipt, now)).toEqual({ ok: true });
		expect(await test.db.select().from(responses)).toEqual([]);
		expect(await test.db.select().from(answers)).toEqual([]);
		expect(await journey.readReceipt(test.db, keyring, shared.receipt)).toEqual({ ok: true, consultationId: id, language: 'en', answersKept: false });
		expect(await counters(id)).toMatchObject({ finished: 0, withdrew: 1 });
	});

	it('continues later with a resume code; unused participations expire after the resume lifetime', async () => {
		const { code, single } = await openConsultation();
		const { token, participation } = await started(code);
		await journey.assent(test.db, participation, 'yes', now);
		await journey.saveAnswer(test.db, (await journey.current(test.db, keyring, token, now))!, single.id, { choices: [single.options[0].id] }, now);
		const resumeCode = await journey.pause(test.db, keyring, (await journey.current(test.db, keyring, token, now))!);
		const resumed = await journey.resume(test.db, keyring, resumeCode, later(3));
		if (!resumed.ok) throw new Error();
		// the old cookie no longer opens it; the new one has the drafts
		expect(await journey.current(test.db, keyring, token, later(3))).toBeNull();
		expect(Object.keys((await journey.current(test.db, keyring, resumed.token, later(3)))!.drafts)).toEqual([single.id]);
		expect(await journey.purgeExpired(test.db, later(3 + journey.RESUME_DAYS))).toMatchObject({ participations: 0 });
		expect(await journey.purgeExpired(test.db, later(4 + journey.RESUME_DAYS))).toMatchObject({ participations: 1 });
		expect(await journey.resume(test.db, keyring, resumeCode, later(20))).toEqual({ ok: false, reason: 'unknown' });
	});

	it('stops a resume code after 14 days unused, even before the job has removed its participation', async () => {
		const { code } = await openConsultation();
		const { token, participation } = await started(code);
		await journey.assent(test.db, participation, 'yes', now);
		const resumeCode = await journey.pause(test.db, keyring, (await journey.current(test.db, keyring, token, now))!);
		// last used on 28 November: on 13 December (15 days on) the code no longer works, at /join either
		expect(await journey.resume(test.db, keyring, resumeCode, later(15))).toEqual({ ok: false, reason: 'unknown' });
		expect(await journey.enter(test.db, keyring, resumeCode, 'en', later(15))).toEqual({ ok: false, reason: 'unknown' });
		expect(await test.db.select().from(participations)).toHaveLength(1);
		// on 12 December (14 days on) it still did
		expect((await journey.resume(test.db, keyring, resumeCode, later(14))).ok).toBe(true);
	});
});
