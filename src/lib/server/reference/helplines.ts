import type { CountryCode } from '$lib/countries';
import type { HelplineView } from '$lib/helplines';
import type { Language } from '$lib/i18n/languages';
import type { TFunction } from 'i18next';
import { database } from '../db/index.ts';
import type { Helpline } from '../db/schema/index.ts';
import { log } from '../log/index.ts';
import { formatOpeningHours } from './hours.ts';
import { listHelplines } from './queries.ts';


/** Before a visitor's country is known, and whenever the database cannot say: 116 111. */
export const EUROPEAN_CHILD_HELPLINE = '116 111';

const CACHE_MS = 60_000;
const cache = new Map<CountryCode, { at: number; lines: Helpline[] }>();

/**
 * The help lines to show a visitor: the general 116 111 until their country is known, then
 * that country's lines, those answering in the page's language first. Admin edits show within
 * a minute. A database failure never takes the help line off the page.
 */
export async function helplinesForVisitor(
	country: CountryCode | null,
	language: Language,
	t: TFunction
): Promise<HelplineView[]> {
	const general: HelplineView = {
		number: EUROPEAN_CHILD_HELPLINE,
		dial: dialString(EUROPEAN_CHILD_HELPLINE),
		name: null,
		hours: null,
		webAddress: null
	};
	if (!country) return [general];
	const lines = await cachedHelplines(country);
	if (lines.length === 0) return [general];
	const speaksLanguage = (line: Helpline) => (line.languages.includes(language) ? 0 : 1);
	return [...lines]
		.sort((a, b) => speaksLanguage(a) - speaksLanguage(b))
		.map((line) => ({
			number: line.number,
			dial: dialString(line.number),
			name: line.name,
			hours: hoursText(line.hours, language, t),
			webAddress: line.webAddress
		}));
}

async function cachedHelplines(country: CountryCode): Promise<Helpline[]> {
	const hit = cache.get(country);
	if (hit && Date.now() - hit.at < CACHE_MS) return hit.lines;
	try {
		const lines = await listHelplines((await database()).db, country);
		cache.set(country, { at: Date.now(), lines });
		return lines;
	} catch (error) {
		log().warn({ err: error, country }, 'help lines unavailable, showing the last known ones');
		return hit?.lines ?? [];
	}
}

function hoursText(hours: string | null, language: Language, t: TFunction): string {
	if (!hours) return t('helpline.hoursOnWebsite');
	const formatted = formatOpeningHours(hours, language);
	return formatted.kind === 'always' ? t('helpline.open247') : formatted.text;
}

function dialString(number: string): string {
	return number.replace(/[^\d+]/g, '');
}
