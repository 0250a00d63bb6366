import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as staff from '../../src/lib/server/auth/staff.ts';
import { sharedCode } from '../../src/lib/server/consultations/codes.ts';
import * as consultations from '../../src/lib/server/consultations/index.ts';
import { ETHICS_REQUIREMENTS } from '../../src/lib/server/consultations/rules.ts';
import { answers, auditEvents, mailOutbox, moderationDecisions, safeguardingActions, safeguardingFlags } from '../../src/lib/server/db/schema/index.ts';
import { renderMail } from '../../src/lib/server/mail/render.ts';
import * as moderation from '../../src/lib/server/moderation/index.ts';
import * as journey from '../../src/lib/server/participation/index.ts';
import { testKeyring } from '../support/keyring.ts';
import { DRIVERS, useMigratedDatabase } from './databases.ts';

const now = new Date('2026-11-28T12:00:00Z');
const later = (days: number) => new Date(now.getTime() + days * 86_400_000);

describe.each(DRIVERS)('moderation on %s', (driver) => {
	const test = useMigratedDatabase(driver);
	const keyring = testKeyring();

	async function person(role: 'facilitator' | 'moderator') {
		const invited = await staff.invite(test.db, keyring, null, { email: `${role}.${Math.random()}@example.org`, roles: [role], language: 'en' }, { origin: 'https://v.example', send: false });
		if (!invited.ok) throw new Error(invited.reason);
		return { id: invited.userId, roles: [role] as string[] };
	}

	/** A 15-year-old in Sweden who has joined with the code and said yes: `read` gives their participation as it is now. */
	async function childAnswering(code: string, language: 'en' | 'lt' = 'en') {
		const joined = await journey.join(test.db, keyring, code, language, now);
		if (!joined.ok) throw new Error(joined.reason);
		const read = async () => (await journey.current(test.db, keyring, joined.token, now))!;
		await journey.aboutYou(test.db, await read(), { country: 'SE', age: 15 }, now);
		await journey.assent(test.db, await read(), 'yes', now);
		return { token: joined.token, read };
	}

	/** An open consultation in English and Lithuanian with two free-text questions, answered by the children given. */
	async function answered(texts: { first: string; second?: string; language?: 'en' | 'lt' }[]) {
		const facilitator = await person('facilitator');
		const lead = await person('moderator');
		const created = await consultations.create(test.db, facilitator, { title: 'Parks', language: 'en' });
		if (!created.ok) throw new Error();
		const id = created.id;
		await consultations.updateSettings(test.db, facilitator, id, {
			languages: ['en', 'lt'],
			countries: ['SE', 'LT'],
			ageBands: ['13-15', '16-17'],
			consentPolicy: 'country-table',
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
		for (let n = 0; n < 2; n++) if (!(await consultations.addQuestion(test.db, facilitator, id, { kind: 'free-text' }, now)).ok) throw new Error();
		const found = (await consultations.readForMember(test.db, facilitator, id))!;
		const entries = ['en', 'lt'].flatMap((language) =>
			consultations.requiredTexts(found.questions).map((need) => ({ ...need, field: need.field as 'prompt', language: language as 'en', level: 'teen' as const, text: `${need.field} ${language}` }))
		);
		await consultations.setTexts(test.db, facilitator, id, entries, now);
		await consultations.transition(test.db, facilitator, id, 'ready', now);
		await consultations.transition(test.db, facilitator, id, 'open', now);
		const shared = await sharedCode(test.db, keyring, facilitator, id);
		if (!shared.ok) throw new Error();
		const [first, second] = found.questions;
		for (const [index, child] of texts.entries()) {
			const { token, read } = await childAnswering(shared.code, child.language);
			await journey.saveAnswer(test.db, await read(), first.id, { text: child.first }, now);
			await journey.saveAnswer(test.db, await read(), second.id, child.second ? { text: child.second } : { skipped: true }, now);
			await journey.reachCheck(test.db, await read());
			const submitted = await journey.submit(test.db, keyring, token, `submission-token-moderation-${index}-${randomUUID()}`, now);
			if (!submitted.ok) throw new Error(submitted.reason);
		}
		return { id, facilitator, lead, first, second, code: shared.code };
	}

	it('shows every shared free-text answer by random id, filtered by question, language and state; only to moderators', async () => {
		const { id, facilitator, lead, first, second } = await answered([
			{ first: 'More benches.', second: 'Longer opening hours.' },
			{ first: 'Daugiau suoliukų.', language: 'lt' },
			{ first: 'A skate park.' }
		]);
		expect(await moderation.queue(test.db, facilitator, id, {})).toBeNull();
		const all = (await moderation.queue(test.db, lead, id, {}))!;
		expect(all.items).toHaveLength(4);
		expect(all.items.map((item) => item.answerId)).toEqual([...all.items.map((item) => item.answerId)].sort());
		expect((await moderation.queue(test.db, lead, id, { question: second.id }))!.items.map((item) => item.text)).toEqual(['Longer opening hours.']);
		expect((await moderation.queue(test.db, lead, id, { language: 'lt' }))!.items.map((item) => item.text)).toEqual(['Daugiau suoliukų.']);
		const one = all.items.find((item) => item.questionId === first.id)!;
		expect(await moderation.decide(test.db, lead, id, one.answerId, { decision: 'approve' }, now)).toEqual({ ok: true, state: 'final' });
		expect((await moderation.queue(test.db, lead, id, { state: 'pending' }))!.items).toHaveLength(3);
		expect((await moderation.queue(test.db, lead, id, { state: 'approved' }))!.items.map((item) => item.answerId)).toEqual([one.answerId]);
		expect(await moderation.progress(test.db, id)).toMatchObject({ total: 4, decided: 1, pending: 3, awaiting: 0 });
		// the audit names the answer and the decision, never its text
		const events = await test.db.select().from(auditEvents).where(eq(auditEvents.action, 'moderation.approve'));
		expect(JSON.stringify(events)).not.toContain('benches');
	});

	it('redacts spans by code points, even with letters outside the Basic Multilingual Plane, and refuses a span that does not match', async () => {
		const { id, lead } = await answered([{ first: 'I love 🦊 and 𐌷𐌰𐌹𐌻𐍃; we meet at Sunny Lane school' }]);
		const [item] = (await moderation.queue(test.db, lead, id, {}))!.items;
		const points = Array.from(item.text);
		const start = points.indexOf('S');
		const span = { start, end: start + 10, expected: 'Sunny Lane' };
		expect(await moderation.decide(test.db, lead, id, item.answerId, { decision: 'redact', spans: [{ ...span, expected: 'Sunny Road' }] }, now)).toEqual({ ok: false, reason: 'span' });
		expect(await moderation.decide(test.db, lead, id, item.answerId, { decision: 'redact', spans: [{ start: 0, end: 999, expected: 'x' }] }, now)).toEqual({ ok: false, reason: 'span' });
		// UTF-16 offsets would be off by the surrogate pairs before "Sunny Lane"
		const gothic = points.indexOf('𐌷');
		expect(await moderation.decide(test.db, lead, id, item.answerId, { decision: 'redact', spans: [span, { start: gothic, end: gothic + 5, expected: '𐌷𐌰𐌹𐌻𐍃' }] }, now)).toEqual({ ok: true, state: 'final' });
		const [decision] = await test.db.select().from(moderationDecisions).where(eq(moderationDecisions.answerId, item.answerId));
		expect(decision.text).toBe('I love 🦊 and [removed]; we meet at [removed] school');
		expect(await moderation.decide(test.db, lead, id, item.answerId, { decision: 'reject' }, now)).toEqual({ ok: false, reason: 'already-decided' });
	});

	it('two moderators deciding one answer at once end with one decision, and the second is told', async () => {
		const { id, lead } = await answered([{ first: 'Cleaner toilets.' }]);
		const other = await person('moderator');
		const [item] = (await moderation.queue(test.db, lead, id, {}))!.items;
		const results = await Promise.all([
			moderation.decide(test.db, lead, id, item.answerId, { decision: 'approve' }, now),
			moderation.decide(test.db, other, id, item.answerId, { decision: 'reject' }, now)
		]);
		expect(results.filter((result) => result.ok)).toHaveLength(1);
		expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, reason: 'already-decided' }]);
		expect(await test.db.select().from(moderationDecisions).where(eq(moderationDecisions.answerId, item.answerId))).toHaveLength(1);
	});

	it('approves in bulk exactly the unflagged answers a page showed, never a flagged one', async () => {
		const { id, lead } = await answered([{ first: 'Free wifi.' }, { first: 'My dad hits me when he drinks.' }, { first: 'A library.' }]);
		const page = (await moderation.queue(test.db, lead, id, { state: 'pending' }))!;
		const candidates = moderation.bulkCandidates(page.items);
		expect(candidates).toHaveLength(2);
		const flagged = page.items.find((item) => item.flagCategories.length > 0)!;
		expect(flagged.flagCategories).toEqual(['abuse']);
		expect(await moderation.approveShown(test.db, lead, id, { state: 'pending' }, [...candidates, flagged.answerId], now)).toEqual({ ok: false, reason: 'changed' });
		expect(await moderation.approveShown(test.db, lead, id, { state: 'pending' }, candidates.slice(1), now)).toEqual({ ok: false, reason: 'changed' });
		expect(await moderation.approveShown(test.db, lead, id, { state: 'pending' }, candidates, now)).toEqual({ ok: true, approved: 2 });
		expect((await moderation.queue(test.db, lead, id, { state: 'pending' }))!.items.map((item) => item.answerId)).toEqual([flagged.answerId]);
	});

	it('under four eyes a second moderator confirms the rejection of a flagged answer', async () => {
		const { id, lead } = await answered([{ first: 'Sometimes I want to die.' }, { first: 'Swings.' }]);
		const second = await person('moderator');
		expect(await moderation.setFourEyes(test.db, lead, id, true, now)).toEqual({ ok: true });
		const items = (await moderation.queue(test.db, lead, id, {}))!.items;
		const flagged = items.find((item) => item.flagCategories.length > 0)!;
		const plain = items.find((item) => item.flagCategories.length === 0)!;
		expect(await moderation.decide(test.db, lead, id, plain.answerId, { decision: 'reject' }, now)).toEqual({ ok: true, state: 'final' });
		expect(await moderation.decide(test.db, lead, id, flagged.answerId, { decision: 'reject' }, now)).toEqual({ ok: true, state: 'awaiting-confirmation' });
		expect(await moderation.confirm(test.db, lead, id, flagged.answerId, true, now)).toEqual({ ok: false, reason: 'own' });
		expect(await moderation.confirm(test.db, second, id, flagged.answerId, true, now)).toEqual({ ok: true });
		expect(await moderation.confirm(test.db, second, id, flagged.answerId, true, now)).toEqual({ ok: false, reason: 'already-decided' });
		const [decision] = await test.db.select().from(moderationDecisions).where(eq(moderationDecisions.answerId, flagged.answerId));
		expect(decision).toMatchObject({ state: 'final', decidedBy: lead.id, confirmedBy: second.id, text: null });
	});

	it('puts safeguarding flags first, with or without text; tells the lead by e-mail without any answer text; records what was done once', async () => {
		const { id, lead, first, code } = await answered([{ first: 'Nobody feeds me at home, I am always hungry.' }]);
		// a child who wrote of self-harm and then stopped: the flag stays, without any text
		const { read } = await childAnswering(code);
		await journey.saveAnswer(test.db, await read(), first.id, { text: 'I cut myself sometimes.' }, now);
		await journey.stop(test.db, await read());
		const flags = await test.db.select().from(safeguardingFlags).where(eq(safeguardingFlags.consultationId, id));
		expect(flags.map((flag) => flag.category).sort()).toEqual(['neglect', 'self-harm']);
		const textless = flags.find((flag) => flag.category === 'self-harm')!;
		const queue = (await moderation.safeguardingQueue(test.db, lead, id, now))!;
		expect(queue.flags).toHaveLength(2);
		expect(queue.flags.find((flag) => flag.flagId === textless.id)?.answer).toBeNull();
		expect(queue.flags.find((flag) => flag.category === 'neglect')?.answer?.text).toContain('hungry');
		expect(await moderation.progress(test.db, id)).toMatchObject({ openFlags: 2 });

		expect(await moderation.notifyLeads(test.db, keyring, 'https://v.example')).toEqual({ notified: 2 });
		expect(await moderation.notifyLeads(test.db, keyring, 'https://v.example')).toEqual({ notified: 0 });
		const [mail] = await test.db.select().from(mailOutbox).where(eq(mailOutbox.template, 'safeguarding-flag'));
		const params = JSON.parse(keyring.open(mail.params!, 'mail-params')!);
		const rendered = renderMail('safeguarding-flag', mail.language, params);
		expect(rendered.subject).toBe('Voices: 2 new safeguarding flags');
		expect(rendered.text).toContain(`https://v.example/staff/moderation/${id}/safeguarding`);
		expect(rendered.text).not.toMatch(/hungry|feeds/);

		expect(await moderation.recordAction(test.db, lead, id, textless.id, 'Asked the facilitator to remind the group of the help lines.', now)).toEqual({ ok: true });
		expect(await moderation.recordAction(test.db, lead, id, textless.id, 'Again', now)).toEqual({ ok: false, reason: 'already-handled' });
		expect(await moderation.progress(test.db, id)).toMatchObject({ openFlags: 1 });
	});

	it('tags approved answers with themes of their question and counts them; closing hands the consultation to review', async () => {
		const { id, lead, facilitator, first, second } = await answered([{ first: 'More trees.', second: 'Quiet places.' }, { first: 'Trees and flowers.' }]);
		expect(await moderation.addTheme(test.db, lead, id, first.id, 'Nature', now)).toEqual({ ok: true });
		expect(await moderation.addTheme(test.db, lead, id, first.id, 'nature', now)).toEqual({ ok: false, reason: 'duplicate' });
		await moderation.addTheme(test.db, lead, id, second.id, 'Calm', now);
		const themes = (await moderation.themesOf(test.db, lead, id, now))!;
		const nature = themes.themes.find((theme) => theme.label === 'Nature')!;
		const calm = themes.themes.find((theme) => theme.label === 'Calm')!;
		const items = (await moderation.queue(test.db, lead, id, { question: first.id }))!.items;
		expect(await moderation.tagAnswer(test.db, lead, id, items[0].answerId, [nature.id], now)).toEqual({ ok: false, reason: 'not-approved' });
		for (const item of items) await moderation.decide(test.db, lead, id, item.answerId, { decision: 'approve' }, now);
		expect(await moderation.tagAnswer(test.db, lead, id, items[0].answerId, [calm.id], now)).toEqual({ ok: false, reason: 'theme' });
		for (const item of items) expect(await moderation.tagAnswer(test.db, lead, id, item.answerId, [nature.id], now)).toEqual({ ok: true });
		expect((await moderation.themesOf(test.db, lead, id, now))!.themes.find((theme) => theme.id === nature.id)?.answers).toBe(2);

		expect(await consultations.transition(test.db, facilitator, id, 'close', now)).toEqual({ ok: true });
		expect((await consultations.readConsultation(test.db, id))!.consultation.state).toBe('in_review');
		expect(await moderation.queue(test.db, lead, id, {})).not.toBeNull();
	});
	it('refuses decisions on the answers and flags of another consultation, and on forged ids, changing nothing', async () => {
		const ours = await answered([{ first: 'Benches.' }]);
		const theirs = await answered([{ first: 'Paths by the river.' }]);
		const [foreign] = (await moderation.queue(test.db, theirs.lead, theirs.id, {}))!.items;
		expect(await moderation.flagAnswer(test.db, theirs.lead, theirs.id, foreign.answerId, 'neglect', now)).toEqual({ ok: true });
		const [foreignFlag] = await test.db.select().from(safeguardingFlags).where(eq(safeguardingFlags.consultationId, theirs.id));
		const notFound = { ok: false, reason: 'not-found' };
		for (const answerId of [foreign.answerId, 'not-a-uuid', randomUUID(), "' or 1=1 --"]) {
			expect(await moderation.decide(test.db, ours.lead, ours.id, answerId, { decision: 'approve' }, now)).toEqual(notFound);
			expect(await moderation.decide(test.db, ours.lead, ours.id, answerId, { decision: 'redact', spans: [{ start: 0, end: 5, expected: 'Paths' }] }, now)).toEqual(notFound);
			expect(await moderation.confirm(test.db, ours.lead, ours.id, answerId, true, now)).toEqual(notFound);
			expect(await moderation.flagAnswer(test.db, ours.lead, ours.id, answerId, 'abuse', now)).toEqual(notFound);
			expect(await moderation.tagAnswer(test.db, ours.lead, ours.id, answerId, [], now)).toEqual(notFound);
		}
		expect(await moderation.recordAction(test.db, ours.lead, ours.id, foreignFlag.id, 'Handled', now)).toEqual(notFound);
		expect(await moderation.recordAction(test.db, ours.lead, ours.id, 'not-a-uuid', 'Handled', now)).toEqual(notFound);
		expect(await moderation.approveShown(test.db, ours.lead, ours.id, { state: 'pending' }, [foreign.answerId], now)).toEqual({ ok: false, reason: 'changed' });
		expect(await moderation.addTheme(test.db, ours.lead, ours.id, theirs.first.id, 'Rivers', now)).toEqual(notFound);
		// a consultation id that is not one
		expect(await moderation.queue(test.db, ours.lead, 'not-a-uuid', {})).toBeNull();
		expect(await moderation.decide(test.db, ours.lead, randomUUID(), foreign.answerId, { decision: 'approve' }, now)).toEqual(notFound);

		expect(await test.db.select().from(moderationDecisions)).toEqual([]);
		expect(await test.db.select().from(safeguardingActions)).toEqual([]);
		expect((await test.db.select().from(safeguardingFlags)).map((flag) => flag.id)).toEqual([foreignFlag.id]);
		const actions = (await test.db.select().from(auditEvents)).map((event) => event.action).filter((action) => action.startsWith('moderation.'));
		expect(actions).toEqual(['moderation.flagged']);
	});

	it('a flag a moderator raises joins the safeguarding queue and reaches the lead; a flagged draft the child then skipped leaves the flag without its text', async () => {
		const { id, lead, first, second, code } = await answered([{ first: 'We need a bigger playground.' }]);
		const other = await person('moderator');
		const [item] = (await moderation.queue(test.db, lead, id, {}))!.items;
		expect(await moderation.flagAnswer(test.db, other, id, item.answerId, 'neglect', now)).toEqual({ ok: true });
		expect((await moderation.queue(test.db, lead, id, {}))!.items[0].flagCategories).toEqual(['neglect']);

		const { token, read } = await childAnswering(code);
		await journey.saveAnswer(test.db, await read(), first.id, { text: 'I cut myself sometimes.' }, now);
		await journey.saveAnswer(test.db, await read(), first.id, { skipped: true }, now);
		await journey.saveAnswer(test.db, await read(), second.id, { skipped: true }, now);
		await journey.reachCheck(test.db, await read());
		expect((await journey.submit(test.db, keyring, token, 'submission-token-skipped-flag', now)).ok).toBe(true);

		const queue = (await moderation.safeguardingQueue(test.db, lead, id, now))!;
		expect(queue.flags.map((flag) => `${flag.category}/${flag.source}`).sort()).toEqual(['neglect/moderator', 'self-harm/screening']);
		expect(queue.flags.find((flag) => flag.category === 'neglect')?.answer?.text).toBe('We need a bigger playground.');
		expect(queue.flags.find((flag) => flag.category === 'self-harm')?.answer).toBeNull();
		// the skipped answer is not linked to the flag: the flag cannot be joined to the child's other answers
		const selfHarm = queue.flags.find((flag) => flag.category === 'self-harm')!;
		const linked = (await test.db.select({ flagIds: answers.flagIds }).from(answers)).filter((row) => row.flagIds?.includes(selfHarm.flagId));
		expect(linked).toEqual([]);

		expect(await moderation.notifyLeads(test.db, keyring, 'https://v.example')).toEqual({ notified: 2 });
		const [mail] = await test.db.select().from(mailOutbox).where(eq(mailOutbox.template, 'safeguarding-flag'));
		expect(keyring.open(mail.recipient!, 'mail-recipient')).toBe((await staff.getStaff(test.db, lead.id))?.email);
		const rendered = renderMail('safeguarding-flag', mail.language, JSON.parse(keyring.open(mail.params!, 'mail-params')!));
		expect(rendered.text).not.toMatch(/playground|cut myself/);
	});

	it('under four eyes a redaction of a flagged answer waits too, and the second moderator can send it back to the queue; no audit event holds the text', async () => {
		const { id, lead } = await answered([{ first: 'Sometimes I want to die. I live on Sunny Lane.' }]);
		const second = await person('moderator');
		await moderation.setFourEyes(test.db, lead, id, true, now);
		const [item] = (await moderation.queue(test.db, lead, id, {}))!.items;
		const start = Array.from(item.text).join('').indexOf('Sunny Lane');
		expect(await moderation.decide(test.db, lead, id, item.answerId, { decision: 'redact', spans: [{ start, end: start + 10, expected: 'Sunny Lane' }] }, now)).toEqual({ ok: true, state: 'awaiting-confirmation' });
		expect(await moderation.progress(test.db, id)).toMatchObject({ total: 1, decided: 0, awaiting: 1, pending: 0 });
		expect((await moderation.queue(test.db, lead, id, { state: 'awaiting' }))!.items.map((row) => row.answerId)).toEqual([item.answerId]);
		expect(await moderation.confirm(test.db, second, id, item.answerId, false, now)).toEqual({ ok: true });
		expect(await test.db.select().from(moderationDecisions)).toEqual([]);
		expect(await moderation.progress(test.db, id)).toMatchObject({ total: 1, decided: 0, awaiting: 0, pending: 1 });
		// back in the queue, a second try: rejected, and confirmed by the other moderator
		expect(await moderation.decide(test.db, second, id, item.answerId, { decision: 'reject' }, now)).toEqual({ ok: true, state: 'awaiting-confirmation' });
		expect(await moderation.confirm(test.db, lead, id, item.answerId, true, now)).toEqual({ ok: true });
		expect(await moderation.progress(test.db, id)).toMatchObject({ total: 1, decided: 1, awaiting: 0, pending: 0 });
		const events = await test.db.select().from(auditEvents);
		expect(events.map((event) => event.action).filter((action) => action.startsWith('moderation.'))).toEqual([
			'moderation.four_eyes',
			'moderation.redact',
			'moderation.sent_back',
			'moderation.reject',
			'moderation.confirmed'
		]);
		expect(JSON.stringify(events)).not.toMatch(/Sunny|die/);
	});

	it('a flag raised after the page was read keeps its answer out of bulk approval, and under four eyes out of a lone rejection', async () => {
		const { id, lead } = await answered([{ first: 'Free wifi.' }, { first: 'A library.' }]);
		await moderation.setFourEyes(test.db, lead, id, true, now);
		const shown = moderation.bulkCandidates((await moderation.queue(test.db, lead, id, { state: 'pending' }))!.items);
		expect(shown).toHaveLength(2);
		// another moderator flags one of them meanwhile
		expect(await moderation.flagAnswer(test.db, await person('moderator'), id, shown[0], 'violence', now)).toEqual({ ok: true });
		expect(await moderation.approveShown(test.db, lead, id, { state: 'pending' }, shown, now)).toEqual({ ok: false, reason: 'changed' });
		expect(await test.db.select().from(moderationDecisions)).toEqual([]);
		expect(await moderation.decide(test.db, lead, id, shown[0], { decision: 'reject' }, now)).toEqual({ ok: true, state: 'awaiting-confirmation' });
		// the bulk approval's audit names the answers it approved
		expect(await moderation.approveShown(test.db, lead, id, { state: 'pending' }, [shown[1]], now)).toEqual({ ok: true, approved: 1 });
		const [bulk] = await test.db.select().from(auditEvents).where(eq(auditEvents.action, 'moderation.approve_shown'));
		expect(bulk.details).toEqual({ count: 1, answers: [shown[1]] });
	});

	it('the themes of a question take any of its kept answers, page by page', async () => {
		const children = Array.from({ length: 23 }, (_, n) => ({ first: `Idea number ${n + 1}.` }));
		const { id, lead, first } = await answered(children);
		expect(await moderation.approveShown(test.db, lead, id, { state: 'pending', question: first.id, page: 1 }, moderation.bulkCandidates((await moderation.queue(test.db, lead, id, { state: 'pending', question: first.id }))!.items), now)).toEqual({ ok: true, approved: 20 });
		const rest = (await moderation.queue(test.db, lead, id, { state: 'pending', question: first.id }))!.items;
		expect(rest).toHaveLength(3);
		const redactedId = rest[0].answerId;
		await moderation.decide(test.db, lead, id, redactedId, { decision: 'redact', spans: [{ start: 0, end: 4, expected: 'Idea' }] }, now);
		await moderation.decide(test.db, lead, id, rest[1].answerId, { decision: 'reject' }, now);
		const pageOne = (await moderation.queue(test.db, lead, id, { state: 'kept', question: first.id, page: 1 }))!;
		const pageTwo = (await moderation.queue(test.db, lead, id, { state: 'kept', question: first.id, page: 2 }))!;
		// 20 approved and 1 redacted are kept; the rejected and the undecided are not
		expect(pageOne.items).toHaveLength(20);
		expect(pageOne.more).toBe(true);
		expect(pageTwo.items).toHaveLength(1);
		expect(pageTwo.more).toBe(false);
		expect(new Set([...pageOne.items, ...pageTwo.items].map((item) => item.answerId)).size).toBe(21);
		expect([...pageOne.items, ...pageTwo.items].map((item) => item.answerId)).toContain(redactedId);
		expect([...pageOne.items, ...pageTwo.items].map((item) => item.answerId)).not.toContain(rest[1].answerId);
	});

	it('an open consultation past its closing instant goes to review by the job, as if closed then', async () => {
		const { id } = await answered([{ first: 'Trees.' }]);
		// closesAt is thirty days after now
		expect(await consultations.closeDue(test.db, later(29))).toEqual({ closed: 0 });
		expect((await consultations.readConsultation(test.db, id))!.consultation.state).toBe('open');
		expect(await consultations.closeDue(test.db, later(31))).toEqual({ closed: 1 });
		const { consultation } = (await consultations.readConsultation(test.db, id))!;
		expect(consultation.state).toBe('in_review');
		expect(consultation.closedAt?.toISOString()).toBe('2026-12-28T12:00:00.000Z');
		expect(await consultations.closeDue(test.db, later(32))).toEqual({ closed: 0 });
		const [event] = await test.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'consultation.in_review'), eq(auditEvents.objectId, id)));
		expect(event).toMatchObject({ actorId: null, details: { from: 'open', reason: 'closing-time' } });
	});
});
