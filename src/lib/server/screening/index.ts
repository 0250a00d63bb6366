import { findNumbers, type CountryCode as PhoneCountry } from 'libphonenumber-js/max';
import type { Language } from '../../i18n/languages.ts';
import { LANGUAGES } from '../../i18n/languages.ts';
import { addressPatterns, addressSpans } from './addresses.ts';
import { CONTACT_PATTERNS, emailSpans, linkSpans, writtenEmailSpans } from './contacts.ts';
import { IDENTITY_RULES } from './identity-numbers.ts';
import { NAME_STOPWORDS, SELF_INTRODUCTIONS, WEAK_SELF_INTRODUCTIONS } from './lexicon.ts';
import { collapseSpaces, MATCHING_PATTERNS, matches } from './matching.ts';
import { normalise, NORMALISE_PATTERNS } from './normalise.ts';
import { riskFindings, riskPatterns } from './risk/index.ts';
import type { PersonalKind, Redaction, RiskFinding, Screened } from './types.ts';

export { MARKERS, RISK_CATEGORIES } from './types.ts';
export type { Marker, PersonalKind, Redaction, RiskCategory, RiskFinding, Screened } from './types.ts';
export { normalise } from './normalise.ts';

/**
 * Screening of free text, before it is stored anywhere (drafts included). No database, no
 * network, no logging of what was written: text in, redacted text and findings out.
 *
 * What it catches (see the tests for the measured figures):
 * - national identity numbers of the region's countries, confirmed by date and check digits
 *   (identity-numbers.ts), and any other run of nine or more digits, however split;
 * - phone numbers in national and international form (libphonenumber-js with full metadata,
 *   the participant's country first, every Voices country when it is not known);
 * - e-mail addresses, also written out in words ("anna at gmail dot com", "snabel-a",
 *   "małpa", "собака"), links, and usernames (`@name`, or a name with digits or underscores
 *   after a platform's name);
 * - street addresses: a street word of the language with a house number, and a postcode of the
 *   country's form directly beside such a street, as in a written address (addresses.ts);
 * - names after a self-introduction ("my name is …", "jeg hedder …", "меня зовут …").
 *
 * What it cannot catch: a person's name in any other place. Names are ordinary words of every
 * language ("Rose", "Mercedes", "Kalle"), so no pattern finds them reliably; moderators read
 * every answer and remove what screening missed with `[removed]`. Nor does it understand
 * context: a number written out in words, an address described in words ("the yellow house by
 * the school") or a nickname pass unchanged.
 *
 * Risk phrases (risk/) raise findings by category for moderators; they never change the text
 * and never block the child.
 */

export interface ScreenOptions {
	/** The language the answer was given in: its lexicon is applied (and English, often mixed in). */
	language: Language;
	/**
	 * The participant's country, if known: the default for phone numbers and the form of
	 * postcodes. `null`, `ZZ` (another country) or any code outside the region: all of them.
	 */
	country?: string | null;
}

interface Span {
	start: number;
	end: number;
	kind: PersonalKind;
	category?: string;
}

const PHONE_COUNTRIES: PhoneCountry[] = ['DK', 'EE', 'FI', 'DE', 'IS', 'LV', 'LT', 'NO', 'PL', 'SE', 'RU', 'UA'];

const LETTER_BEFORE = '(?<![\\p{L}\\p{N}])';
/**
 * A date or a time that libphonenumber can read as a phone number of some country
 * ("2024-03-12" is a Swedish toll-free number, a Danish and a Latvian one too): 12.03.2024,
 * 12/03/24, 14.30, and with a year of 19xx or 20xx and a real month and day, 2024-03-12,
 * 2024.03.12, 2024/03/12 and 12-03-2024.
 */
const DATE_OR_TIME =
	/^\d{1,2}[./]\d{1,2}[./](?:\d{2}|\d{4})$|^\d{1,2}[:.]\d{2}$|^(?:19|20)\d\d([-./])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])$|^(?:0?[1-9]|[12]\d|3[01])-(?:0?[1-9]|1[0-2])-(?:19|20)\d\d$/;
/**
 * The countries whose numbers, written in national form, always start with the trunk prefix 0
 * ("070-123 45 67", "030 1234567", "040 123 4567", "067 123 4567"). libphonenumber also reads
 * them without it, so "12 345 678" (a score) was a Swedish landline. Russia and Lithuania are
 * left out: the 8 before a Russian number is often dropped, and Lithuania changed its prefix
 * from 8 to 0 in 2025. A national number of nine or more digits without its 0 is still
 * redacted as a run of digits.
 */
const TRUNK_ZERO: ReadonlySet<string> = new Set(['SE', 'DE', 'FI', 'UA']);
/** How a number written in international form starts: "+46 …", "(+46) …", "0046 …". */
const INTERNATIONAL = /^\(?(?:\+|00)/;
const TRUNK_PREFIX = /^\(?0/;
const LETTER_AFTER = '(?![\\p{L}\\p{N}])';
/** The name after a self-introduction: a word, and the space before a second one. */
const NAME_WORD = /^[\p{L}][\p{L}'’-]{0,39}/u;
const NAME_GAP = /^ {1,2}/;
const isDigit = (character: string) => character >= '0' && character <= '9';
const NOT_DIGITS = /\D/g;
/** How many clusters of digits phoneSpans reads again in one text. */
const MAX_REREADINGS = 64;
/** What may stand between two digits of a run of digits. */
const RUN_SEPARATORS: ReadonlySet<string | undefined> = new Set([' ', '-', '.', '/']);
/** A month and a day of the month, with or without a leading 0. */
const M = '(?:0?[1-9]|1[0-2])';
const D = '(?:0?[1-9]|[12]\\d|3[01])';

/** Compiled once, on first use. */
let compiled: ReturnType<typeof compile> | undefined;

/*
 * Every pattern has bounded repetition only, so that recheck proves it linear at once
 * (tests/unit/screening/redos.test.ts). The lexicon's patterns (names, streets, postcodes) are
 * matched on text whose runs of white space are collapsed (matching.ts), where `\s` is any run.
 */
function compile() {
	return {
		handle: /(?<![\p{L}\p{N}_.@])@[\p{L}\p{N}_.]{2,30}/gu,
		platformHandle: new RegExp(
			`${LETTER_BEFORE}(?:insta(?:gram)?|snap(?:chat)?|tiktok|discord|telegram|twitter|facebook|fb|youtube|twitch|roblox|fortnite|steam|psn|xbox|kik|vk|вк|инст\\p{L}{0,6}|телеграм\\p{L}{0,2}|тг|тикток)\\s{0,3}(?:[:=-]|is|er|ist|on|är|ir|yra|jest|это|це)?\\s{0,3}([\\p{L}\\p{N}._]{0,29}[\\p{N}_.][\\p{L}\\p{N}._]{0,29})${LETTER_AFTER}`,
			'giu'
		),
		// digits with what phone numbers are written with between them (phoneSpans)
		phoneCluster: /[\d(+][\d ()./+-]{5,40}[\d)]/g,
		// nine digits, however split: the rest of the run is taken in code (personalSpans)
		digitRun: /(?<!\d)\d(?:[ ./-]?\d){8}/g,
		// the dates and times of children's writing, which no run of digits takes in: 2024-03-12,
		// 2024.03.12, 12.03.2024, 12/03/24, 12-03-2024 (a year of 19xx or 20xx, or two digits,
		// and a real month and day), 14:30, 8.15
		datesAndTimes: new RegExp(
			String.raw`(?<![\d./:-])(?:(?:19|20)\d\d(?:-${M}-${D}|\.${M}\.${D}|/${M}/${D})|${D}(?:-${M}-|\.${M}\.|/${M}/)(?:19|20)?\d\d|(?:[01]?\d|2[0-3])[.:][0-5]\d)(?![\d./:-]?\d)`,
			'g'
		),
		names: Object.fromEntries(
			LANGUAGES.map((language) => [
				language,
				{
					strong: new RegExp(`${LETTER_BEFORE}(?:${SELF_INTRODUCTIONS[language].join('|')})[ \\t,:-]{1,3}`, 'giu'),
					weak: WEAK_SELF_INTRODUCTIONS[language]?.length
						? new RegExp(`${LETTER_BEFORE}(?:${WEAK_SELF_INTRODUCTIONS[language].join('|')})[ \\t,:-]{1,3}`, 'giu')
						: null,
					stopwords: new Set(NAME_STOPWORDS[language] ?? [])
				}
			])
		) as Record<Language, { strong: RegExp; weak: RegExp | null; stopwords: Set<string> }>
	};
}

/** The personal data in normalised text, as spans (which may overlap). */
function personalSpans(text: string, options: ScreenOptions): Span[] {
	const c = (compiled ??= compile());
	const spans: Span[] = [];
	const add = (start: number, end: number, kind: PersonalKind, category?: string) => spans.push({ start, end, kind, ...(category ? { category } : {}) });
	const collapsed = collapseSpaces(text);

	for (const [start, end] of linkSpans(text)) add(start, end, 'link');
	for (const [start, end] of emailSpans(text)) add(start, end, 'e-mail');
	for (const [start, end] of writtenEmailSpans(collapsed.text)) add(collapsed.offsets[start], collapsed.offsets[end], 'e-mail');
	for (const m of matches(c.handle, text)) add(m.index, m.index + m[0].length, 'handle');
	for (const m of matches(c.platformHandle, text)) {
		const handle = m[1];
		const start = m.index + m[0].lastIndexOf(handle);
		add(start, start + handle.length, 'handle');
	}
	// the participant's own country first: where two countries' numbers look alike, theirs names it
	const rules = [...IDENTITY_RULES].sort((a, b) => Number(b.country === options.country) - Number(a.country === options.country));
	for (const rule of rules) {
		for (const m of matches(rule.pattern, text)) {
			// the shape of an identity number with a wrong check digit is most likely a typo of one
			if (rule.validate(m[0])) add(m.index, m.index + m[0].length, 'id-number', rule.id);
			else add(m.index, m.index + m[0].length, 'number');
		}
	}
	const countries = options.country && PHONE_COUNTRIES.includes(options.country as PhoneCountry) ? [options.country as PhoneCountry] : PHONE_COUNTRIES;
	for (const [start, end] of phoneSpans(text, countries, c.phoneCluster)) add(start, end, 'phone');
	// digits split by spaces, dashes, dots or slashes, but not dates and times: "12.03.2024 14.30"
	// is a date and a time, "0151.23456789 2" a phone number that libphonenumber did not find
	const runs = text.replace(c.datesAndTimes, (found) => '_'.repeat(found.length));
	for (const m of matches(c.digitRun, runs)) {
		// the rest of the run, however long, and the next match only after it
		let end = m.index + m[0].length;
		for (;;) {
			const gap = RUN_SEPARATORS.has(runs[end]) ? 1 : 0;
			if (!isDigit(runs.charAt(end + gap))) break;
			end += gap + 1;
		}
		c.digitRun.lastIndex = end;
		add(m.index, end, 'number');
	}
	const addresses = addressSpans(collapsed.text, options.language, options.country).map((span) => ({ ...span, kind: 'address' as const }));
	for (const span of [...addresses, ...nameSpans(collapsed.text, options.language)]) {
		spans.push({ ...span, start: collapsed.offsets[span.start], end: collapsed.offsets[span.end] });
	}
	return spans;
}

/** The one or two words after a self-introduction, unless they are ordinary words, in collapsed text. */
function nameSpans(text: string, language: Language): Span[] {
	const c = compiled!;
	const spans: Span[] = [];
	const takeName = (from: number, needsCapital: boolean, stopwords: Set<string>) => {
		let end = from;
		for (let taken = 0; taken < 2; taken++) {
			const rest = text.slice(end, end + 60);
			const gap = taken === 0 ? 0 : (NAME_GAP.exec(rest)?.[0].length ?? -1);
			if (gap < 0) break;
			const next = NAME_WORD.exec(rest.slice(gap));
			if (!next) break;
			const candidate = next[0];
			const lower = candidate.toLocaleLowerCase();
			const capital = candidate[0] !== candidate[0].toLocaleLowerCase();
			if (stopwords.has(lower) || c.names.en.stopwords.has(lower)) break;
			// a second word is a surname only when capitalised; the first when the phrase is weak
			if ((taken > 0 || needsCapital) && !capital) break;
			end += gap + candidate.length;
		}
		if (end > from) spans.push({ start: from, end, kind: 'name' });
	};
	const languages = language === 'en' ? (['en'] as const) : ([language, 'en'] as const);
	for (const lang of LANGUAGES) {
		const { strong, stopwords } = c.names[lang];
		for (const m of matches(strong, text)) takeName(m.index + m[0].length, false, stopwords);
	}
	for (const lang of languages) {
		const { weak, stopwords } = c.names[lang];
		if (weak) for (const m of matches(weak, text)) takeName(m.index + m[0].length, true, stopwords);
	}
	return spans;
}

/** Phone numbers that libphonenumber finds in `text`, as written in one of `countries` or internationally. */
function phonesIn(text: string, countries: readonly PhoneCountry[], offset: number, spans: [number, number][]) {
	for (const country of countries) {
		for (const found of findNumbers(text, { defaultCountry: country, v2: true })) {
			const written = text.slice(found.startsAt, found.endsAt);
			// a date such as 12.03.2024 can pass as a number of some country; a child means the date
			if (DATE_OR_TIME.test(written)) continue;
			// a national number without the trunk prefix its country always writes
			if (TRUNK_ZERO.has(found.number.country ?? country) && !INTERNATIONAL.test(written) && !TRUNK_PREFIX.test(written)) continue;
			spans.push([offset + found.startsAt, offset + found.endsAt]);
		}
	}
}

/**
 * Phone numbers in normalised text. libphonenumber reads a number only as a whole: a digit
 * beside it ("ring 8 (912) 345-67-89 3 раза", "1) 34 41 23 45", "nr 1 611 1234") makes it
 * an invalid longer number, and the run of digits is too short or too broken by brackets to be
 * redacted as one. So a cluster of digits in which no number was found is read again without
 * its first or its last group of one or two digits.
 */
function phoneSpans(text: string, countries: readonly PhoneCountry[], cluster: RegExp): [number, number][] {
	const spans: [number, number][] = [];
	phonesIn(text, countries, 0, spans);
	let rereadings = 0;
	for (const m of matches(cluster, text)) {
		const start = m.index;
		const end = start + m[0].length;
		const digits = m[0].replace(NOT_DIGITS, '').length;
		if (digits < 7 || digits > 17 || spans.some(([from, to]) => from < end && to > start)) continue;
		const groups = m[0].split(' ');
		if (groups.length < 2) continue;
		// a bound on the work a text of many such clusters can cause (an answer has a few at most)
		if (++rereadings > MAX_REREADINGS) break;
		// a count or a list number of one or two digits: "3", "(1)", "12."
		const short = (group: string) => (group.length <= 4 && group.replace(NOT_DIGITS, '').length <= 2 ? group.length : 0);
		const first = short(groups[0]);
		const last = short(groups.at(-1)!);
		for (const [dropFirst, dropLast] of [[first, 0], [0, last], [first, last]]) {
			if (dropFirst + dropLast === 0 || dropFirst + dropLast + 1 >= m[0].length) continue;
			const found: [number, number][] = [];
			phonesIn(m[0].slice(dropFirst, m[0].length - dropLast), countries, start + dropFirst, found);
			if (found.length) {
				spans.push(...found);
				break;
			}
		}
	}
	return spans;
}

/**
 * Where spans overlap, the one starting first wins and grows to cover the others, keeping the
 * kind of the longest; so nothing of a finding is left visible beside its marker.
 */
function merge(spans: Span[]): Span[] {
	const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
	const merged: Span[] = [];
	for (const span of sorted) {
		const last = merged.at(-1);
		if (last && span.start < last.end) {
			if (span.end - span.start > last.end - last.start) {
				last.kind = span.kind;
				last.category = span.category;
			}
			last.end = Math.max(last.end, span.end);
		} else {
			merged.push({ ...span });
		}
	}
	return merged;
}

/** Every regular expression screening runs, for the test that checks them for ReDoS. */
export function screeningPatterns(): RegExp[] {
	const c = (compiled ??= compile());
	return [
		...NORMALISE_PATTERNS,
		...MATCHING_PATTERNS,
		...CONTACT_PATTERNS,
		c.handle,
		c.platformHandle,
		c.digitRun,
		c.datesAndTimes,
		c.phoneCluster,
		NOT_DIGITS,
		DATE_OR_TIME,
		INTERNATIONAL,
		TRUNK_PREFIX,
		NAME_WORD,
		NAME_GAP,
		...Object.values(c.names).flatMap((names) => [names.strong, ...(names.weak ? [names.weak] : [])]),
		...addressPatterns(),
		...IDENTITY_RULES.map((rule) => rule.pattern),
		...riskPatterns()
	];
}

/** Screens one answer. Never throws: on any failure the whole text is withheld as `[removed]`. */
export function screen(input: string, options: ScreenOptions): Screened {
	try {
		const text = normalise(typeof input === 'string' ? input : '');
		const spans = merge(personalSpans(text, options));
		let output = '';
		let at = 0;
		const redactions: Redaction[] = [];
		for (const span of spans) {
			output += `${text.slice(at, span.start)}[${span.kind}]`;
			at = span.end;
			redactions.push({ kind: span.kind, ...(span.category ? { category: span.category } : {}) });
		}
		output += text.slice(at);
		const risks: RiskFinding[] = riskFindings(text, options.language);
		return { text: output, redactions, risks };
	} catch {
		// nothing unscreened may pass: better an answer lost than a child identified
		return { text: '[removed]', redactions: [{ kind: 'removed', category: 'screening-failed' }], risks: [] };
	}
}
