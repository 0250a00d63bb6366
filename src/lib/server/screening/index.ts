import { findNumbers, type CountryCode as PhoneCountry } from 'libphonenumber-js/max';
import type { Language } from '../../i18n/languages.ts';
import { LANGUAGES } from '../../i18n/languages.ts';
import { CONTACT_PATTERNS, emailSpans, linkSpans, writtenEmailSpans } from './contacts.ts';
import { IDENTITY_RULES } from './identity-numbers.ts';
import {
	NAME_STOPWORDS,
	POSTCODES,
	SELF_INTRODUCTIONS,
	STREET_WORDS,
	WEAK_SELF_INTRODUCTIONS
} from './lexicon.ts';
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
 *   country's form near a street word;
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
	/** The participant's country, if known: the default for phone numbers. */
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
const DATE_OR_TIME = /^\d{1,2}[./]\d{1,2}[./](?:\d{2}|\d{4})$|^\d{1,2}[:.]\d{2}$/;
const LETTER_AFTER = '(?![\\p{L}\\p{N}])';
/** The name after a self-introduction: a word, and the space before a second one. */
const NAME_WORD = /^[\p{L}][\p{L}'’-]{0,39}/u;
const NAME_GAP = /^ {1,2}/;
const isDigit = (character: string) => character >= '0' && character <= '9';

/** Compiled once, on first use. */
let compiled: ReturnType<typeof compile> | undefined;

/*
 * Every pattern has bounded repetition only, so that recheck proves it linear at once
 * (tests/unit/screening/redos.test.ts). The lexicon's patterns (names, streets, postcodes) are
 * matched on text whose runs of white space are collapsed (matching.ts), where `\s` is any run.
 */
function compile() {
	const streets = (language: Language) => STREET_WORDS[language] ?? [];
	return {
		handle: /(?<![\p{L}\p{N}_.@])@[\p{L}\p{N}_.]{2,30}/gu,
		platformHandle: new RegExp(
			`${LETTER_BEFORE}(?:insta(?:gram)?|snap(?:chat)?|tiktok|discord|telegram|twitter|facebook|fb|youtube|twitch|roblox|fortnite|steam|psn|xbox|kik|vk|вк|инст\\p{L}{0,6}|телеграм\\p{L}{0,2}|тг|тикток)\\s{0,3}(?:[:=-]|is|er|ist|on|är|ir|yra|jest|это|це)?\\s{0,3}([\\p{L}\\p{N}._]{0,29}[\\p{N}_.][\\p{L}\\p{N}._]{0,29})${LETTER_AFTER}`,
			'giu'
		),
		// nine digits, however split: the rest of the run is taken in code (personalSpans)
		digitRun: /(?<!\d)\d(?:[ -]?\d){8}/g,
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
		) as Record<Language, { strong: RegExp; weak: RegExp | null; stopwords: Set<string> }>,
		streets: Object.fromEntries(
			LANGUAGES.map((language) => {
				const suffixes = streets(language).filter((word) => word.suffix).map((word) => word.source);
				const words = streets(language).filter((word) => !word.suffix).map((word) => word.source);
				const parts: string[] = [];
				// "Storgatan 12", "Main Street 5", "ul. Kwiatowa 5", "5 Main Street"
				if (suffixes.length) parts.push(`\\p{L}{1,40}(?:${suffixes.join('|')})\\s\\d{1,4}(?:\\p{L}(?!\\p{L}))?`);
				if (words.length) {
					parts.push(`(?:${words.join('|')})\\s?\\p{L}{2,40}\\s\\d{1,4}(?:\\p{L}(?!\\p{L}))?`);
					parts.push(`\\p{L}{2,40}\\s(?:${words.join('|')})\\s\\d{1,4}(?:\\p{L}(?!\\p{L}))?`);
					parts.push(`(?<!\\d)\\d{1,4}\\s\\p{L}{2,40}\\s(?:${words.join('|')})`);
				}
				const any = [...suffixes.map((s) => `\\p{L}{1,40}(?:${s})`), ...words];
				return [language, { withNumber: parts.length ? new RegExp(`${LETTER_BEFORE}(?:${parts.join('|')})${LETTER_AFTER}`, 'giu') : null, word: any.length ? new RegExp(`${LETTER_BEFORE}(?:${any.join('|')})${LETTER_AFTER}`, 'giu') : null }];
			})
		) as Record<Language, { withNumber: RegExp | null; word: RegExp | null }>,
		postcodes: new RegExp(`(?<![\\p{L}\\p{N}])(?:${Object.values(POSTCODES).join('|')})(?![\\p{N}])(?:\\s\\p{L}{2,40})?`, 'giu')
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
	for (const country of countries) {
		for (const found of findNumbers(text, { defaultCountry: country, v2: true })) {
			// a date such as 12.03.2024 can pass as a number of some country; a child means the date
			if (DATE_OR_TIME.test(text.slice(found.startsAt, found.endsAt))) continue;
			add(found.startsAt, found.endsAt, 'phone');
		}
	}
	for (const m of matches(c.digitRun, text)) {
		// the rest of the run, however long, and the next match only after it
		let end = m.index + m[0].length;
		for (;;) {
			const gap = text[end] === ' ' || text[end] === '-' ? 1 : 0;
			if (!isDigit(text.charAt(end + gap))) break;
			end += gap + 1;
		}
		c.digitRun.lastIndex = end;
		add(m.index, end, 'number');
	}
	for (const span of [...addressSpans(collapsed.text, options.language), ...nameSpans(collapsed.text, options.language)]) {
		spans.push({ ...span, start: collapsed.offsets[span.start], end: collapsed.offsets[span.end] });
	}
	return spans;
}

/** A street with a house number, or a postcode of the region's form near a street word, in collapsed text. */
function addressSpans(text: string, language: Language): Span[] {
	const c = compiled!;
	const spans: Span[] = [];
	const languages = language === 'en' ? (['en'] as const) : ([language, 'en'] as const);
	const streetWords: { start: number; end: number }[] = [];
	for (const lang of languages) {
		const { withNumber, word } = c.streets[lang];
		if (withNumber) for (const m of matches(withNumber, text)) spans.push({ start: m.index, end: m.index + m[0].length, kind: 'address' });
		if (word) for (const m of matches(word, text)) streetWords.push({ start: m.index, end: m.index + m[0].length });
	}
	if (streetWords.length === 0) return spans;
	const NEAR = 60;
	for (const m of matches(c.postcodes, text)) {
		const start = m.index;
		const end = m.index + m[0].length;
		const street = streetWords.find((word) => Math.abs(word.start - end) <= NEAR || Math.abs(start - word.end) <= NEAR);
		if (street) spans.push({ start: Math.min(start, street.start), end: Math.max(end, street.end), kind: 'address' });
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
		c.postcodes,
		DATE_OR_TIME,
		NAME_WORD,
		NAME_GAP,
		...Object.values(c.names).flatMap((names) => [names.strong, ...(names.weak ? [names.weak] : [])]),
		...Object.values(c.streets).flatMap((streets) => [streets.withNumber, streets.word].filter((pattern): pattern is RegExp => pattern !== null)),
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
