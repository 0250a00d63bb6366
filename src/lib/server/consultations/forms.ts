import { z } from 'zod';
import { isRunOfBands } from '../../ages.ts';
import { COUNTRY_CODES } from '../../countries.ts';
import { LANGUAGES } from '../../i18n/languages.ts';
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
		ethicsChecklist: z.record(
			z.enum(ETHICS_REQUIREMENTS),
			z.object({ confirmed: z.boolean(), note: z.string().trim().max(2000, 'consultation.tooLong') })
		)
	})
	.refine((settings) => !settings.opensAt || !settings.closesAt || settings.closesAt > settings.opensAt, {
		path: ['closesAt'],
		message: 'consultation.closesBeforeOpens'
	})
	.refine((settings) => settings.languages.length > 0, { path: ['languages'], message: 'consultation.languagesRequired' });

export type Settings = z.infer<typeof settingsForm>;

export const textEntry = z.object({
	subjectId: z.uuid().nullable(),
	field: z.enum(['title', 'purpose', 'audience', 'feedbackPlan', 'prompt', 'hint', 'label', 'body']),
	language: z.enum(LANGUAGES),
	level: z.enum(['child', 'teen', 'adult']),
	/** Empty removes the text. */
	text: z.string().max(5000, 'consultation.tooLong')
});

export type TextEntry = z.infer<typeof textEntry>;
