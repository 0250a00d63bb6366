import { textOrSource } from '$lib/server/consultations/presentation';
import { designFor } from '$lib/server/consultations/route';
import { publicSlug } from '$lib/server/results';
import { closedOn, purgeDate } from '$lib/server/retention';
import { countryName, type CountryCode } from '$lib/countries';
import { ENDONYMS, type Language } from '$lib/i18n/languages';
import { staffUsers } from '$lib/server/db/schema';
import { eq } from 'drizzle-orm';
import type { PageServerLoad } from './$types';

/**
 * The record of processing (GDPR Art. 30) of one consultation, built from its settings so that
 * it is never out of date: what the data protection officer files, printed or saved as PDF.
 */
export const load: PageServerLoad = async (event) => {
	const { db, found } = await designFor(event);
	const { consultation, questions } = found;
	const t = event.locals.t;
	const language = event.locals.language;
	const text = (field: string) => textOrSource(found, null, field, language, 'adult');
	const date = (value: Date) => new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: consultation.timeZone }).format(value);
	const missing = t('staff:record.missing');
	const [lead] = consultation.safeguardingLeadId ? await db.select({ email: staffUsers.email }).from(staffUsers).where(eq(staffUsers.id, consultation.safeguardingLeadId)) : [];
	const bands = consultation.ageBands;
	const ages = bands.length ? `${bands[0].split('-')[0]}–${bands.at(-1)!.split('-')[1]}` : '';
	const purge = purgeDate(consultation);
	const slug = await publicSlug(db, consultation.id);
	const asked = questions.filter((question) => question.kind !== 'info');
	return {
		title: text('title'),
		generated: date(new Date()),
		sections: [
			{
				key: 'activity',
				items: [
					t('staff:record.activity', {
						title: text('title'),
						ethics: consultation.ethicsReference || missing,
						dpia: consultation.dpiaReference || missing,
						languages: consultation.languages.map((code) => ENDONYMS[code as Language] ?? code).join(', '),
						countries: consultation.countries.map((code) => countryName(code as CountryCode, t)).join(', ')
					}),
					t('staff:record.window', { opens: consultation.opensAt ? date(consultation.opensAt) : missing, closes: consultation.closesAt ? date(consultation.closesAt) : missing, zone: consultation.timeZone })
				]
			},
			{ key: 'purpose', items: [text('purpose') || missing] },
			{ key: 'legalBasis', items: [consultation.legalBasis || missing] },
			{ key: 'subjects', items: [t('staff:record.subjects.children', { ages }), t('staff:record.subjects.guardians'), t('staff:record.subjects.staff')] },
			{
				key: 'data',
				items: [
					t('staff:record.data.participant', { count: asked.length }),
					...(asked.some((question) => question.kind === 'free-text') ? [t('staff:record.data.freeText')] : []),
					t('staff:record.data.flags'),
					t('staff:record.data.guardian'),
					t('staff:record.data.staff')
				]
			},
			{
				key: 'recipients',
				items: [
					t('staff:record.recipients.moderators'),
					t('staff:record.recipients.reviewers'),
					t('staff:record.recipients.audience', { audience: text('audience') || missing }),
					...(slug ? [t('staff:record.recipients.public', { url: `${event.url.origin}/results/${slug}` })] : [])
				]
			},
			{ key: 'transfers', items: [t('staff:record.transfers')] },
			{
				key: 'retention',
				items: [
					purge && closedOn(consultation) ? t('staff:record.retention.raw', { count: consultation.retentionDays, date: date(purge) }) : t('staff:record.retention.rawOpen', { count: consultation.retentionDays }),
					t('staff:record.retention.kept'),
					t('staff:record.retention.guardian')
				]
			},
			{
				key: 'safeguards',
				items: [
					t('staff:record.safeguards.threshold', { k: consultation.suppressionThreshold }),
					t('staff:record.safeguards.screening'),
					lead ? t('staff:record.safeguards.lead', { lead: lead.email }) : t('staff:record.safeguards.leadMissing'),
					...(consultation.fourEyes ? [t('staff:record.safeguards.fourEyes')] : []),
					t('staff:record.safeguards.encryption'),
					t('staff:record.safeguards.noTracking')
				]
			}
		]
	};
};
