import { z } from 'zod';
import { AGE_BANDS, isRunOfBands } from '../../ages.ts';
import { QUESTION_KINDS } from '../db/schema/consultations.ts';
import { COUNTRY_CODES } from '../../countries.ts';
import { LANGUAGES } from '../../i18n/languages.ts';
import { zonedToInstant } from '../../zoned-time.ts';
import { ETHICS_REQUIREMENTS } from './rules.ts';

/** The settings a facilitator edits, validated at the edge. Messages are i18n keys (`staff:`). */

function isTimeZone(zone: string): boolean {
	try {
		new Intl.DateTimeFormat('en', { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}

export const settingsForm = z
	.object({
		languages: z.array(z.enum(LANGUAGES)).min(1, 'consultation.languagesRequired'),
		countries: z.array(z.enum(COUNTRY_CODES)).min(1, 'consultation.countriesRequired'),
		ageBands: z.array(z.string()).refine(isRunOfBands, 'consultation.ageBandsRun'),
		consentPolicy: z.enum(['country-table', 'everyone-under-18']),
		suppressionThreshold: z.coerce.number().int('consultation.thresholdMin').min(5, 'consultation.thresholdMin').max(1000, 'consultation.thresholdMin'),
		retentionDays: z.coerce.number().int('consultation.retentionRange').min(1, 'consultation.retentionRange').max(3650, 'consultation.retentionRange'),
		timeZone: z.string().refine(isTimeZone, 'consultation.timeZoneInvalid'),
		opensAt: z.date().nullable(),
		closesAt: z.date().nullable(),
		safeguardingLeadId: z.uuid().nullable(),
		ethicsReference: z.string().trim().max(200, 'consultation.tooLong'),
		dpiaReference: z.string().trim().max(200, 'consultation.tooLong'),
		legalBasis: z.string().trim().max(200, 'consultation.tooLong').optional(),
		guardianContact: z.string().trim().max(200, 'consultation.tooLong').optional(),
		ethicsChecklist: z.lazy(() => checklistForm)
	})
	.refine((settings) => !settings.opensAt || !settings.closesAt || settings.closesAt > settings.opensAt, {
		path: ['closesAt'],
		message: 'consultation.closesBeforeOpens',
		// also when other fields are wrong, so that the page lists every problem at once
		when: (payload) => {
			const value = payload.value as { opensAt?: unknown; closesAt?: unknown };
			return value.opensAt instanceof Date && value.closesAt instanceof Date;
		}
	})
	.refine((settings) => settings.languages.length > 0, { path: ['languages'], message: 'consultation.languagesRequired' });

export type Settings = z.infer<typeof settingsForm>;


/**
 * The settings as the page posts them: checkboxes as lists, the window as wall-clock times in
 * the chosen time zone. The ethics checklist has a page of its own and is kept as it is.
 * Answers settings ready for `settingsForm`, or the fields that are not even readable.
 */
export function settingsFromForm(values: Record<string, unknown>, checklist: Partial<Settings['ethicsChecklist']>): { settings: Record<string, unknown>; errors: Record<string, string> } {
	const errors: Record<string, string> = {};
	const timeZone = String(values.timeZone ?? '');
	const instant = (field: 'opensAt' | 'closesAt') => {
		const local = String(values[field] ?? '').trim();
		if (local === '') return null;
		const zoned = isTimeZone(timeZone) ? zonedToInstant(local, timeZone) : null;
		if (!zoned) errors[field] = 'consultation.dateInvalid';
		return zoned;
	};
	const lead = String(values.safeguardingLeadId ?? '');
	return {
		settings: {
			languages: values.languages,
			countries: values.countries,
			ageBands: values.ageBands,
			consentPolicy: values.consentPolicy,
			suppressionThreshold: String(values.suppressionThreshold ?? '').trim() || Number.NaN,
			retentionDays: String(values.retentionDays ?? '').trim() || Number.NaN,
			timeZone,
			opensAt: instant('opensAt'),
			closesAt: instant('closesAt'),
			safeguardingLeadId: lead === '' ? null : lead,
			ethicsReference: String(values.ethicsReference ?? ''),
			dpiaReference: String(values.dpiaReference ?? ''),
			legalBasis: String(values.legalBasis ?? ''),
			guardianContact: String(values.guardianContact ?? ''),
			// a new consultation has no entries yet: each requirement starts unconfirmed
			ethicsChecklist: Object.fromEntries(ETHICS_REQUIREMENTS.map((r) => [r, checklist[r] ?? { confirmed: false, note: '' }]))
		},
		errors
	};
}

/** The nine requirements as the ethics page posts them: `confirmed-<id>` and `note-<id>`. */
export function checklistFromForm(values: Record<string, unknown>): Settings['ethicsChecklist'] {
	return Object.fromEntries(
		ETHICS_REQUIREMENTS.map((requirement) => [
			requirement,
			{ confirmed: values[`confirmed-${requirement}`] === 'on', note: String(values[`note-${requirement}`] ?? '') }
		])
	) as Settings['ethicsChecklist'];
}

export const checklistForm = z.record(
	z.enum(ETHICS_REQUIREMENTS),
	z.object({ confirmed: z.boolean(), note: z.string().trim().max(2000, 'consultation.tooLong') })
);

/** The longest text, in characters (the database says so too). */
export const MAX_TEXT_LENGTH = 5000;

export const textEntry = z.object({
	subjectId: z.uuid().nullable(),
	field: z.enum(['title', 'purpose', 'audience', 'feedbackPlan', 'prompt', 'hint', 'label', 'body']),
	language: z.enum(LANGUAGES),
	level: z.enum(['child', 'teen', 'adult']),
	/** Empty removes the text. */
	text: z.string().max(5000, 'consultation.tooLong')
});

export type TextEntry = z.infer<typeof textEntry>;

const bands = z.array(z.enum(AGE_BANDS, 'invalidValue')).default([]);
const whole = (min: number, max: number, message: string) =>
	z.preprocess((value) => (value === '' || value === undefined ? undefined : Number(value)), z.number(message).int(message).min(min, message).max(max, message).optional());

/** A question's settings as its form posts them; what a kind does not use is ignored. */
export const questionChangeForm = z.object({
	optionCount: whole(2, 20, 'consultation.optionCountRange'),
	maxChoices: whole(1, 20, 'consultation.maxChoicesRange').transform((value) => value ?? null),
	maxLength: whole(1, 5000, 'consultation.maxLengthRange'),
	ageBands: bands,
	sensitive: z.preprocess((value) => value === 'on', z.boolean())
});

export const newQuestionForm = questionChangeForm.extend({ kind: z.enum(QUESTION_KINDS, 'consultation.kindRequired') });

export const questionRef = z.object({ question: z.uuid('invalidValue') });

export const moveForm = questionRef.extend({ direction: z.enum(['up', 'down'], 'invalidValue') });
