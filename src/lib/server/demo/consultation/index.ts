import { eq } from 'drizzle-orm';
import { AGE_BANDS, WORDING_LEVELS } from '../../../ages.ts';
import { normaliseCode } from '../../../codes.ts';
import { COUNTRY_CODES } from '../../../countries.ts';
import { LANGUAGES, type Language } from '../../../i18n/languages.ts';
import { accessCodeHash } from '../../consultations/codes.ts';
import { ETHICS_REQUIREMENTS } from '../../consultations/rules.ts';
import type { Keyring } from '../../crypto/keyring.ts';
import type { Db } from '../../db/index.ts';
import {
	accessCodes,
	consultationCounters,
	consultationMembers,
	consultationTexts,
	consultations,
	questionOptions,
	questions,
	staffUsers,
	type QuestionKind
} from '../../db/schema/index.ts';
import type { DemoContent, Levels } from './content.ts';
import { da } from './da.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { et } from './et.ts';
import { fi } from './fi.ts';
import { is } from './is.ts';
import { lt } from './lt.ts';
import { lv } from './lv.ts';
import { nb } from './nb.ts';
import { pl } from './pl.ts';
import { ru } from './ru.ts';
import { sv } from './sv.ts';
import { uk } from './uk.ts';

/**
 * The demo consultation (DESIGN.md "Running it"): open and staying open, offered in all 13
 * languages, one question of every kind with wording for every age. Children join it with the
 * shared code DEMO2026 (read the Crockford way, so stored as DEM02026).
 */

export const DEMO_CODE = normaliseCode('DEMO2026');

export const DEMO_CONTENT: Record<Language, DemoContent> = { en, da, de, et, fi, is, lv, lt, nb, pl, sv, ru, uk };

/** The questions in order, with the settings the texts of DEMO_CONTENT are written for. */
export const DEMO_QUESTIONS: { kind: QuestionKind; options: number; maxChoices?: number; maxLength?: number; sensitive?: boolean }[] = [
	{ kind: 'info', options: 0 },
	{ kind: 'smiley', options: 5 },
	{ kind: 'yes-no', options: 0 },
	{ kind: 'single', options: 5 },
	{ kind: 'multiple', options: 5, maxChoices: 3 },
	{ kind: 'ranking', options: 4 },
	{ kind: 'info', options: 0 },
	{ kind: 'free-text', options: 0, maxLength: 500, sensitive: true }
];

const CHECKLIST_NOTES: Record<(typeof ETHICS_REQUIREMENTS)[number], string> = {
	transparent: 'The information page says what the consultation is about, who reads the answers and when.',
	voluntary: 'Every question can be skipped; "No thanks" is as easy as "I want to take part".',
	respectful: 'Questions were written with a youth panel and ask for views, not for private facts.',
	relevant: 'The topic, safety online, was chosen by young people in the 2025 panels.',
	'child-friendly': 'Every text has wording for children, teenagers and young adults in 13 languages.',
	inclusive: 'Offered in 13 languages, without JavaScript, and tested with screen readers.',
	'supported-by-training': 'Facilitators and moderators complete the safeguarding course before the start.',
	'safe-and-sensitive-to-risk': 'Help lines on every page; a note before the free-text question on the limits of confidentiality.',
	accountable: 'A summary of what we heard and what happens next is published for the participants.'
};

/** Adds the demo consultation unless it is there; answers whether it added it. */
export async function seedDemoConsultation(db: Db, keyring: Pick<Keyring, 'hmac'>): Promise<boolean> {
	const codeHash = accessCodeHash(keyring, DEMO_CODE);
	const [existing] = await db.select({ id: accessCodes.id }).from(accessCodes).where(eq(accessCodes.codeHash, codeHash));
	if (existing) return false;
	const [owner] = await db.select({ id: staffUsers.id }).from(staffUsers).where(eq(staffUsers.email, 'facilitator@demo.voices'));
	const [lead] = await db.select({ id: staffUsers.id }).from(staffUsers).where(eq(staffUsers.email, 'moderator@demo.voices'));
	if (!owner || !lead) return false;

	const [consultation] = await db
		.insert(consultations)
		.values({
			state: 'open',
			sourceLanguage: 'en',
			languages: [...LANGUAGES],
			countries: [...COUNTRY_CODES],
			ageBands: [...AGE_BANDS],
			consentPolicy: 'country-table',
			suppressionThreshold: 10,
			retentionDays: 365,
			timeZone: 'Europe/Stockholm',
			opensAt: new Date('2026-01-01T00:00:00Z'),
			// stays open: tests that need other states build their own consultations
			closesAt: new Date('2100-01-01T00:00:00Z'),
			safeguardingLeadId: lead.id,
			ethicsReference: 'DEMO-ETHICS-2026',
			dpiaReference: 'DEMO-DPIA-2026',
			guardianContact: 'The Voices demo team, questions@voices.example',
			ethicsChecklist: Object.fromEntries(ETHICS_REQUIREMENTS.map((requirement) => [requirement, { confirmed: true, note: CHECKLIST_NOTES[requirement] }]))
		})
		.returning({ id: consultations.id });
	await db.insert(consultationMembers).values({ consultationId: consultation.id, userId: owner.id, role: 'owner' });
	await db.insert(consultationCounters).values({ consultationId: consultation.id });

	const texts: (typeof consultationTexts.$inferInsert)[] = [];
	const add = (subjectId: string | null, field: string, pick: (content: DemoContent) => Levels | undefined) => {
		for (const language of LANGUAGES) {
			const levels = pick(DEMO_CONTENT[language]);
			if (!levels) continue;
			for (const level of WORDING_LEVELS) texts.push({ consultationId: consultation.id, subjectId, field, language, level, text: levels[level] });
		}
	};
	for (const field of ['title', 'purpose', 'audience', 'feedbackPlan'] as const) add(null, field, (content) => content[field]);
	for (const [index, shape] of DEMO_QUESTIONS.entries()) {
		const [question] = await db
			.insert(questions)
			.values({
				consultationId: consultation.id,
				position: index + 1,
				kind: shape.kind,
				maxChoices: shape.maxChoices ?? null,
				maxLength: shape.maxLength ?? null,
				sensitive: shape.sensitive ?? false
			})
			.returning({ id: questions.id });
		add(question.id, 'prompt', (content) => content.questions[index].prompt);
		add(question.id, 'body', (content) => content.questions[index].body);
		add(question.id, 'hint', (content) => content.questions[index].hint);
		for (let option = 0; option < shape.options; option++) {
			const [row] = await db.insert(questionOptions).values({ questionId: question.id, position: option + 1 }).returning({ id: questionOptions.id });
			add(row.id, 'label', (content) => content.questions[index].options?.[option]);
		}
	}
	await db.insert(consultationTexts).values(texts);
	await db.insert(accessCodes).values({ consultationId: consultation.id, kind: 'shared', code: DEMO_CODE, codeHash });
	return true;
}
