import { sharedCode } from '../../src/lib/server/consultations/codes.ts';
import * as consultations from '../../src/lib/server/consultations/index.ts';
import { ETHICS_REQUIREMENTS } from '../../src/lib/server/consultations/rules.ts';
import type { Keyring } from '../../src/lib/server/crypto/keyring.ts';
import type { Db } from '../../src/lib/server/db/index.ts';
import type { QuestionKind } from '../../src/lib/server/db/schema/index.ts';
import * as journey from '../../src/lib/server/participation/index.ts';
import type { Language } from '../../src/lib/i18n/languages.ts';
import type { AgeBand } from '../../src/lib/ages.ts';
import type { CountryCode } from '../../src/lib/countries.ts';

/**
 * A consultation built and opened the way a facilitator would, through the domain commands, and
 * children who answer it through the journey's own functions — for integration tests and for e2e
 * tests that need many answers quickly. Texts are plain and the same in every language.
 */

export interface Built {
	id: string;
	code: string;
	facilitator: { id: string; roles: string[] };
	questions: Awaited<ReturnType<typeof consultations.readConsultation>> extends infer D ? (D extends { questions: infer Q } ? Q : never) : never;
}

export interface BuildOptions {
	facilitatorId: string;
	leadId: string;
	title: string;
	kinds: QuestionKind[];
	languages?: Language[];
	countries?: CountryCode[];
	ageBands?: AgeBand[];
	k?: number;
	retentionDays?: number;
	/** Texts for the questions and options: by default `<field> <n>`; `question` is the question's index, -1 for the consultation's own texts. */
	wording?: (field: string, index: number, language: Language, question: number) => string;
	now?: Date;
}

export async function buildOpenConsultation(db: Db, keyring: Keyring, options: BuildOptions): Promise<Built> {
	const now = options.now ?? new Date();
	const facilitator = { id: options.facilitatorId, roles: ['facilitator'] };
	const languages = options.languages ?? ['en'];
	const created = await consultations.create(db, facilitator, { title: options.title, language: languages[0] });
	if (!created.ok) throw new Error('create');
	const settings = await consultations.updateSettings(
		db,
		facilitator,
		created.id,
		{
			languages,
			countries: options.countries ?? ['SE', 'LT'],
			ageBands: options.ageBands ?? ['13-15', '16-17'],
			consentPolicy: 'country-table',
			suppressionThreshold: options.k ?? 10,
			retentionDays: options.retentionDays ?? 365,
			timeZone: 'Europe/Stockholm',
			opensAt: new Date(now.getTime() - 86_400_000),
			closesAt: new Date(now.getTime() + 30 * 86_400_000),
			safeguardingLeadId: options.leadId,
			ethicsReference: 'REC-TEST',
			dpiaReference: 'DPIA-TEST',
			ethicsChecklist: Object.fromEntries(ETHICS_REQUIREMENTS.map((r) => [r, { confirmed: true, note: 'Checked' }])) as never
		},
		now
	);
	if (!settings.ok) throw new Error('settings');
	for (const kind of options.kinds) {
		if (!(await consultations.addQuestion(db, facilitator, created.id, { kind, optionCount: kind === 'yes-no' || kind === 'free-text' || kind === 'info' ? undefined : 3 }, now)).ok) throw new Error(kind);
	}
	const found = (await consultations.readForMember(db, facilitator, created.id))!;
	const wording = options.wording ?? ((field: string, index: number) => (field === 'title' ? options.title : `${field} ${index}`));
	const needs = consultations.requiredTexts(found.questions);
	for (const language of languages) {
		await consultations.setTexts(
			db,
			facilitator,
			created.id,
			needs.map((need, index) => {
				const question = found.questions.findIndex((q) => q.id === need.subjectId || q.options.some((o) => o.id === need.subjectId));
				return { ...need, field: need.field as 'prompt', language, level: 'teen' as const, text: wording(need.field, index, language, question) };
			}),
			now
		);
	}
	for (const to of ['ready', 'open'] as const) if (!(await consultations.transition(db, facilitator, created.id, to, now)).ok) throw new Error(to);
	const shared = await sharedCode(db, keyring, facilitator, created.id);
	if (!shared.ok) throw new Error('code');
	return { id: created.id, code: shared.code, facilitator, questions: found.questions };
}

export interface Child {
	country: string;
	age: number;
	language?: Language;
	/** Question id → what the child gives; a question left out is "I'd rather not say". */
	answers: Record<string, journey.AnswerInput>;
}

let submissions = 0;

/** One child takes part and shares; returns the receipt code. */
export async function childTakesPart(db: Db, keyring: Keyring, code: string, child: Child, now = new Date()): Promise<string> {
	const joined = await journey.join(db, keyring, code, child.language ?? 'en', now);
	if (!joined.ok) throw new Error(`join: ${joined.reason}`);
	const read = async () => (await journey.current(db, keyring, joined.token, now))!;
	await journey.aboutYou(db, await read(), { country: child.country, age: child.age }, now);
	if ((await journey.assent(db, await read(), 'yes', now)) !== 'questions') throw new Error('assent');
	const participation = await read();
	const design = (await consultations.readConsultation(db, participation.consultationId))!;
	for (const question of design.questions) {
		if (question.kind === 'info' || (question.ageBands && !question.ageBands.includes(participation.ageBand!))) continue;
		const saved = await journey.saveAnswer(db, await read(), question.id, child.answers[question.id] ?? { skipped: true }, now);
		if (!saved.ok) throw new Error(`answer: ${saved.reason}`);
	}
	await journey.reachCheck(db, await read());
	const submitted = await journey.submit(db, keyring, joined.token, `submission-token-support-${process.pid}-${++submissions}-${Math.random().toString(36).slice(2)}`, now);
	if (!submitted.ok) throw new Error(`submit: ${submitted.reason}`);
	return submitted.receipt;
}
