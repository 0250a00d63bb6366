import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as consultations from '../../src/lib/server/consultations/index.ts';
import { settingsForm, type Settings } from '../../src/lib/server/consultations/forms.ts';
import { guardianSheet } from '../../src/lib/server/consent/presentation.ts';
import { ETHICS_REQUIREMENTS } from '../../src/lib/server/consultations/rules.ts';
import * as staff from '../../src/lib/server/auth/staff.ts';
import type { Db } from '../../src/lib/server/db/index.ts';
import { auditEvents, consultationTexts } from '../../src/lib/server/db/schema/index.ts';
import { testKeyring } from '../support/keyring.ts';
import { DRIVERS, useMigratedDatabase } from './databases.ts';

const now = new Date('2026-11-28T12:00:00Z');
const later = (days: number) => new Date(now.getTime() + days * 86_400_000);

async function people(db: Db) {
	const keyring = testKeyring();
	const make = async (email: string, roles: ('facilitator' | 'moderator')[]) => {
		const result = await staff.invite(db, keyring, null, { email, roles, language: 'en' }, { origin: 'https://voices.example', send: false });
		if (!result.ok) throw new Error(result.reason);
		return { id: result.userId, roles: roles as string[] };
	};
	return {
		alice: await make('alice@example.org', ['facilitator']),
		bob: await make('bob@example.org', ['facilitator']),
		lead: await make('lead@example.org', ['moderator']),
		notModerator: await make('carol@example.org', ['facilitator'])
	};
}

function settings(leadId: string, overrides: Partial<Settings> = {}): Settings {
	return {
		languages: ['en', 'lt'],
		countries: ['LT', 'NO'],
		ageBands: ['10-12', '13-15', '16-17'],
		consentPolicy: 'country-table',
		suppressionThreshold: 10,
		retentionDays: 365,
		timeZone: 'Europe/Vilnius',
		opensAt: later(1),
		closesAt: later(30),
		safeguardingLeadId: leadId,
		ethicsReference: 'REC-2026-14',
		dpiaReference: 'DPIA-77',
		ethicsChecklist: Object.fromEntries(ETHICS_REQUIREMENTS.map((r) => [r, { confirmed: true, note: `How we are ${r}` }])) as Settings['ethicsChecklist'],
		...overrides
	};
}

describe('consultation settings, validated at the edge', () => {
	const base = { ...settings('00000000-0000-4000-8000-000000000001') };

	it('accepts good settings', () => {
		expect(settingsForm.safeParse(base).success).toBe(true);
	});

	it.each([
		[{ suppressionThreshold: 4 }, 'consultation.thresholdMin'],
		[{ ageBands: ['6-9', '13-15'] }, 'consultation.ageBandsRun'],
		[{ closesAt: later(0) }, 'consultation.closesBeforeOpens'],
		[{ timeZone: 'Mars/Olympus' }, 'consultation.timeZoneInvalid'],
		[{ languages: [] }, 'consultation.languagesRequired'],
		[{ retentionDays: 0 }, 'consultation.retentionRange'],
		[{ legalBasis: 'x'.repeat(201) }, 'consultation.tooLong'],
		[{ guardianContact: 'x'.repeat(201) }, 'consultation.tooLong']
	])('refuses %o with %s', (override, message) => {
		const result = settingsForm.safeParse({ ...base, ...override });
		expect(result.success).toBe(false);
		expect(result.error?.issues.map((issue) => issue.message)).toContain(message);
	});
});

describe.each(DRIVERS)('consultations on %s', (driver) => {
	const test = useMigratedDatabase(driver);

	async function designed() {
		const who = await people(test.db);
		const created = await consultations.create(test.db, who.alice, { title: 'Safe ways to school', language: 'en' });
		if (!created.ok) throw new Error(created.reason);
		const id = created.id;
		expect(await consultations.updateSettings(test.db, who.alice, id, settings(who.lead.id), now)).toEqual({ ok: true });
		const question = await consultations.addQuestion(test.db, who.alice, id, { kind: 'single', optionCount: 3 }, now);
		if (!question.ok) throw new Error(question.reason);
		return { who, id, questionId: question.questionId };
	}

	async function translateEverything(id: string, alice: { id: string; roles: string[] }, languages: string[]) {
		const found = (await consultations.readForMember(test.db, alice, id))!;
		const required = consultations.requiredTexts(found.questions);
		const entries = languages.flatMap((language) =>
			required.map((need) => ({ ...need, field: need.field as 'prompt', language: language as 'en', level: 'child' as const, text: `${need.field} in ${language}` }))
		);
		expect((await consultations.setTexts(test.db, alice, id, entries, now)).ok).toBe(true);
	}

	it('shows a facilitator only the consultations they belong to', async () => {
		const { who, id } = await designed();
		expect((await consultations.listForMember(test.db, who.alice)).map((c) => [c.id, c.title, c.role])).toEqual([[id, 'Safe ways to school', 'owner']]);
		expect(await consultations.listForMember(test.db, who.bob)).toEqual([]);
		expect(await consultations.readForMember(test.db, who.bob, id)).toBeNull();
		expect(await consultations.updateSettings(test.db, who.bob, id, settings(who.lead.id), now)).toEqual({ ok: false, reason: 'not-found' });
		expect(await consultations.counters(test.db, who.bob, id)).toBeNull();
		// a moderator is not a facilitator
		expect(await consultations.create(test.db, who.lead, { title: 'x', language: 'en' })).toEqual({ ok: false, reason: 'forbidden' });
	});

	it('gives every kind of question its options: five faces for the smiley scale, none for free text', async () => {
		const { who, id } = await designed();
		for (const kind of ['multiple', 'smiley', 'yes-no', 'free-text', 'ranking', 'info'] as const) {
			expect((await consultations.addQuestion(test.db, who.alice, id, { kind, optionCount: 4, maxChoices: 2 }, now)).ok).toBe(true);
		}
		const found = (await consultations.readForMember(test.db, who.alice, id))!;
		expect(found.questions.map((q) => [q.position, q.kind, q.options.length])).toEqual([
			[1, 'single', 3],
			[2, 'multiple', 4],
			[3, 'smiley', 5],
			[4, 'yes-no', 0],
			[5, 'free-text', 0],
			[6, 'ranking', 4],
			[7, 'info', 0]
		]);
		expect(found.questions[1].maxChoices).toBe(2);
		expect(found.questions[4].maxLength).toBe(500);
	});

	it('reorders and deletes questions, keeping positions 1, 2, 3 …', async () => {
		const { who, id, questionId } = await designed();
		const second = await consultations.addQuestion(test.db, who.alice, id, { kind: 'free-text' }, now);
		const third = await consultations.addQuestion(test.db, who.alice, id, { kind: 'yes-no' }, now);
		if (!second.ok || !third.ok) throw new Error();
		await consultations.moveQuestion(test.db, who.alice, id, third.questionId, 'up', now);
		let found = (await consultations.readForMember(test.db, who.alice, id))!;
		expect(found.questions.map((q) => q.kind)).toEqual(['single', 'yes-no', 'free-text']);
		await consultations.setTexts(test.db, who.alice, id, [{ subjectId: questionId, field: 'prompt', language: 'en', level: 'child', text: 'Which way?' }], now);
		expect(await consultations.deleteQuestion(test.db, who.alice, id, questionId, now)).toEqual({ ok: true });
		found = (await consultations.readForMember(test.db, who.alice, id))!;
		expect(found.questions.map((q) => [q.position, q.kind])).toEqual([[1, 'yes-no'], [2, 'free-text']]);
		// its texts went with it
		expect((await test.db.select().from(consultationTexts).where(eq(consultationTexts.subjectId, questionId))).length).toBe(0);
	});

	it('finds what each language lacks, any wording level counting', async () => {
		const { who, id } = await designed();
		await translateEverything(id, who.alice, ['en']);
		const found = (await consultations.readForMember(test.db, who.alice, id))!;
		const missing = consultations.missingTexts(found.consultation.languages, consultations.requiredTexts(found.questions), found.texts);
		expect(missing.en).toEqual([]);
		// the title, purpose, audience, feedback plan, the prompt and three option labels
		expect(missing.lt).toHaveLength(8);
	});

	it('refuses to open until the ethics gate is passed, then opens, locks and closes', async () => {
		const { who, id } = await designed();
		const refused = await consultations.transition(test.db, who.alice, id, 'ready', now);
		expect(refused).toMatchObject({ ok: false, reason: 'gate' });
		expect(refused.ok === false && refused.reason === 'gate' && refused.missing).toEqual(['purpose', 'audience', 'feedback-plan', 'complete-language']);
		await translateEverything(id, who.alice, ['en']);
		expect(await consultations.gate(test.db, who.alice, id)).toEqual([]);
		expect(await consultations.transition(test.db, who.alice, id, 'open', now)).toEqual({ ok: false, reason: 'not-allowed' });
		expect(await consultations.transition(test.db, who.alice, id, 'ready', now)).toEqual({ ok: true });
		expect(await consultations.transition(test.db, who.alice, id, 'open', now)).toEqual({ ok: true });
		// questions and settings are locked once open
		expect(await consultations.addQuestion(test.db, who.alice, id, { kind: 'yes-no' }, now)).toEqual({ ok: false, reason: 'locked' });
		expect(await consultations.updateSettings(test.db, who.alice, id, settings(who.lead.id), now)).toEqual({ ok: false, reason: 'locked' });
		expect(await consultations.transition(test.db, who.alice, id, 'close', now)).toEqual({ ok: true });
		const actions = (await test.db.select().from(auditEvents).where(eq(auditEvents.objectId, id))).map((event) => event.action);
		// closing hands the answers to the moderators (issue #8): the consultation is then in review
		expect(actions).toEqual(expect.arrayContaining(['consultation.created', 'consultation.ready', 'consultation.open', 'consultation.in_review']));
		// retention counts from the moment it was closed (issue #10)
		expect((await consultations.readConsultation(test.db, id))!.consultation).toMatchObject({ state: 'in_review', closedAt: now });
	});

	it('keeps the legal basis for the record of processing, empty as none', async () => {
		const { who, id } = await designed();
		expect(await consultations.updateSettings(test.db, who.alice, id, { legalBasis: 'GDPR Art. 6(1)(e)' }, now)).toEqual({ ok: true });
		expect((await consultations.readConsultation(test.db, id))!.consultation.legalBasis).toBe('GDPR Art. 6(1)(e)');
		expect(await consultations.updateSettings(test.db, who.alice, id, { legalBasis: '' }, now)).toEqual({ ok: true });
		expect((await consultations.readConsultation(test.db, id))!.consultation.legalBasis).toBeNull();
	});

	it('keeps a contact for guardians, shown on their sheet, empty as none', async () => {
		const { who, id } = await designed();
		expect(await consultations.updateSettings(test.db, who.alice, id, { guardianContact: 'Nørre Skole, +45 12 34 56 78' }, now)).toEqual({ ok: true });
		const design = (await consultations.readConsultation(test.db, id))!;
		expect(guardianSheet(design, 'da').contact).toBe('Nørre Skole, +45 12 34 56 78');
		expect(await consultations.updateSettings(test.db, who.alice, id, { guardianContact: '' }, now)).toEqual({ ok: true });
		expect(guardianSheet((await consultations.readConsultation(test.db, id))!, 'da').contact).toBeNull();
	});

	it('is closed past its closing instant even while stored as open', async () => {
		const { who, id } = await designed();
		await translateEverything(id, who.alice, ['en']);
		await consultations.transition(test.db, who.alice, id, 'ready', now);
		await consultations.transition(test.db, who.alice, id, 'open', now);
		const [summary] = await consultations.listForMember(test.db, who.alice, later(31));
		expect(summary.state).toBe('closed');
		expect(await consultations.transition(test.db, who.alice, id, 'close', later(31))).toEqual({ ok: false, reason: 'not-allowed' });
	});

	it('needs a safeguarding lead who moderates', async () => {
		const { who, id } = await designed();
		expect(await consultations.updateSettings(test.db, who.alice, id, settings(who.notModerator.id), now)).toEqual({ ok: false, reason: 'lead-not-moderator' });
	});

	it('starts every counter at zero and shows no answers', async () => {
		const { who, id } = await designed();
		expect(await consultations.counters(test.db, who.alice, id)).toEqual({ started: 0, waitingForGuardian: 0, finished: 0, withdrew: 0 });
	});

	it('changes a question: more or fewer choices (their texts go with them), ages and the most choices', async () => {
		const { who, id, questionId } = await designed();
		let found = (await consultations.readForMember(test.db, who.alice, id))!;
		const third = found.questions[0].options[2].id;
		await consultations.setTexts(test.db, who.alice, id, [{ subjectId: third, field: 'label', language: 'en', level: 'teen', text: 'By bike' }], now);
		expect(await consultations.updateQuestion(test.db, who.alice, id, questionId, { optionCount: 2, ageBands: ['13-15'] }, now)).toEqual({ ok: true });
		found = (await consultations.readForMember(test.db, who.alice, id))!;
		expect(found.questions[0].options.map((o) => o.position)).toEqual([1, 2]);
		expect(found.questions[0].ageBands).toEqual(['13-15']);
		expect(found.texts.filter((t) => t.subjectId === third)).toEqual([]);
		expect(await consultations.updateQuestion(test.db, who.alice, id, questionId, { optionCount: 4 }, now)).toEqual({ ok: true });
		found = (await consultations.readForMember(test.db, who.alice, id))!;
		expect(found.questions[0].options.map((o) => o.position)).toEqual([1, 2, 3, 4]);
		// a multiple-choice question cannot allow more picks than it has choices
		const multiple = await consultations.addQuestion(test.db, who.alice, id, { kind: 'multiple', optionCount: 3, maxChoices: 4 }, now);
		expect(multiple).toEqual({ ok: false, reason: 'max-choices' });
		const added = await consultations.addQuestion(test.db, who.alice, id, { kind: 'multiple', optionCount: 3, maxChoices: 3 }, now);
		if (!added.ok) throw new Error(added.reason);
		expect(await consultations.updateQuestion(test.db, who.alice, id, added.questionId, { optionCount: 2 }, now)).toEqual({ ok: false, reason: 'max-choices' });
		// another facilitator, or a question of another consultation, changes nothing
		expect(await consultations.updateQuestion(test.db, who.bob, id, questionId, { optionCount: 2 }, now)).toEqual({ ok: false, reason: 'not-found' });
		const other = await consultations.create(test.db, who.bob, { title: 'Other', language: 'en' });
		if (!other.ok) throw new Error();
		expect(await consultations.updateQuestion(test.db, who.bob, other.id, questionId, { optionCount: 2 }, now)).toEqual({ ok: false, reason: 'not-found' });
	});

	it('writes only texts the consultation has a place for, in its languages', async () => {
		const { who, id, questionId } = await designed();
		const other = await consultations.create(test.db, who.bob, { title: 'Other', language: 'en' });
		if (!other.ok) throw new Error();
		const otherQuestion = await consultations.addQuestion(test.db, who.bob, other.id, { kind: 'yes-no' }, now);
		if (!otherQuestion.ok) throw new Error();
		const write = (entry: Partial<Parameters<typeof consultations.setTexts>[3][number]>) =>
			consultations.setTexts(test.db, who.alice, id, [{ subjectId: questionId, field: 'prompt', language: 'en', level: 'teen', text: 'Hello', ...entry }], now);
		// a subject of another consultation, a field the subject does not have, a language not offered
		expect(await write({ subjectId: otherQuestion.questionId })).toEqual({ ok: false, reason: 'unknown-text' });
		expect(await write({ field: 'label' })).toEqual({ ok: false, reason: 'unknown-text' });
		expect(await write({ language: 'pl' })).toEqual({ ok: false, reason: 'unknown-text' });
		expect((await test.db.select().from(consultationTexts).where(eq(consultationTexts.subjectId, otherQuestion.questionId))).length).toBe(0);
		expect(await write({})).toEqual({ ok: true, changed: 1 });
	});

	it('lets owners, and only owners, change the team; the last owner stays', async () => {
		const { who, id } = await designed();
		expect(await consultations.addMember(test.db, who.alice, id, 'lead@example.org', 'collaborator')).toEqual({ ok: false, reason: 'not-facilitator' });
		expect(await consultations.addMember(test.db, who.alice, id, 'nobody@example.org', 'collaborator')).toEqual({ ok: false, reason: 'not-facilitator' });
		expect(await consultations.addMember(test.db, who.alice, id, ' BOB@example.org ', 'collaborator')).toEqual({ ok: true });
		expect((await consultations.listForMember(test.db, who.bob)).map((c) => [c.id, c.role])).toEqual([[id, 'collaborator']]);
		// a collaborator designs, but does not change the team
		expect((await consultations.addQuestion(test.db, who.bob, id, { kind: 'yes-no' }, now)).ok).toBe(true);
		expect(await consultations.addMember(test.db, who.bob, id, 'carol@example.org', 'owner')).toEqual({ ok: false, reason: 'not-owner' });
		expect(await consultations.removeMember(test.db, who.bob, id, who.alice.id)).toEqual({ ok: false, reason: 'not-owner' });
		expect(await consultations.removeMember(test.db, who.alice, id, who.alice.id)).toEqual({ ok: false, reason: 'last-owner' });
		expect(await consultations.addMember(test.db, who.alice, id, 'alice@example.org', 'collaborator')).toEqual({ ok: false, reason: 'last-owner' });
		expect(await consultations.removeMember(test.db, who.alice, id, who.bob.id)).toEqual({ ok: true });
		expect(await consultations.readForMember(test.db, who.bob, id)).toBeNull();
		expect((await consultations.members(test.db, who.alice, id))!.map((m) => [m.email, m.role])).toEqual([['alice@example.org', 'owner']]);
	});

	it('copies a consultation as a new draft, leaving behind what belongs to one run', async () => {
		const { who, id } = await designed();
		await translateEverything(id, who.alice, ['en', 'lt']);
		await consultations.transition(test.db, who.alice, id, 'ready', now);
		await consultations.transition(test.db, who.alice, id, 'open', now);
		expect(await consultations.copyAsTemplate(test.db, who.bob, id, 'Stolen')).toEqual({ ok: false, reason: 'not-found' });
		expect(await consultations.copyAsTemplate(test.db, who.alice, id, '   ')).toEqual({ ok: false, reason: 'title' });
		const copied = await consultations.copyAsTemplate(test.db, who.alice, id, 'Safe ways to school, 2027');
		if (!copied.ok) throw new Error(copied.reason);
		const original = (await consultations.readForMember(test.db, who.alice, id))!;
		const copy = (await consultations.readForMember(test.db, who.alice, copied.id))!;
		expect(copy.role).toBe('owner');
		expect(copy.consultation).toMatchObject({ state: 'draft', opensAt: null, closesAt: null, ethicsReference: null, dpiaReference: null, languages: ['en', 'lt'] });
		expect(Object.values(copy.consultation.ethicsChecklist).every((entry) => !entry.confirmed && entry.note.startsWith('How we are'))).toBe(true);
		expect(copy.questions.map((q) => [q.kind, q.options.length])).toEqual(original.questions.map((q) => [q.kind, q.options.length]));
		expect(copy.questions[0].id).not.toBe(original.questions[0].id);
		// every text came along, pointing at the copy's own questions and options
		const isTitle = (t: { subjectId: string | null; field: string }) => t.subjectId === null && t.field === 'title';
		// the old title's versions and translations stay behind; the new title is one text
		expect(copy.texts).toHaveLength(original.texts.filter((t) => !isTitle(t)).length + 1);
		const copiedSubjects = new Set([...copy.questions.map((q) => q.id), ...copy.questions.flatMap((q) => q.options.map((o) => o.id))]);
		expect(copy.texts.every((t) => t.subjectId === null || copiedSubjects.has(t.subjectId))).toBe(true);
		expect(copy.texts.find((t) => t.subjectId === null && t.field === 'title' && t.language === 'en')?.text).toBe('Safe ways to school, 2027');
		expect(await consultations.counters(test.db, who.alice, copied.id)).toEqual({ started: 0, waitingForGuardian: 0, finished: 0, withdrew: 0 });
		// the copy is not open, so it can be changed
		expect((await consultations.addQuestion(test.db, who.alice, copied.id, { kind: 'yes-no' }, now)).ok).toBe(true);
	});

	it('asks every language for a hint the source language has', async () => {
		const { who, id, questionId } = await designed();
		await translateEverything(id, who.alice, ['en', 'lt']);
		let found = (await consultations.readForMember(test.db, who.alice, id))!;
		expect(consultations.missingTexts(['en', 'lt'], consultations.textsToTranslate(found), found.texts)).toEqual({ en: [], lt: [] });
		await consultations.setTexts(test.db, who.alice, id, [{ subjectId: questionId, field: 'hint', language: 'en', level: 'child', text: 'Pick one' }], now);
		found = (await consultations.readForMember(test.db, who.alice, id))!;
		expect(consultations.missingTexts(['en', 'lt'], consultations.textsToTranslate(found), found.texts)).toEqual({ en: [], lt: [{ subjectId: questionId, field: 'hint' }] });
	});
});
