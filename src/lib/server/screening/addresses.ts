import type { Language } from '../../i18n/languages.ts';
import { LANGUAGES } from '../../i18n/languages.ts';
import { HOUSE_NUMBER_GAPS, HOUSE_UNITS, POSTCODE_EXAMPLES, POSTCODES, STREET_WORDS } from './lexicon.ts';
import { matches } from './matching.ts';

/**
 * Street addresses in text whose runs of white space are collapsed (matching.ts), as screen()
 * finds them:
 *
 * - a street with a house number: "Storgatan 12", "Lindenstraße 5a", "ul. Kwiatowa 7/12",
 *   "Main Street 12", "22 Baker Street", "Gedimino pr. 9", "Aleksanterinkatu 12 B 34", with a
 *   capitalised word before a street name of two words ("Karl Johans gate 5");
 * - a postcode, but only where a written address has one: directly beside a street address,
 *   with nothing but a comma or white space between ("Storgatan 12, 114 55 Stockholm",
 *   "Brīvības iela 40, Rīga, LV-1050", "101000, Москва, ул. Ленина, д. 5"), or beside a street
 *   name without a number when a city comes with it ("ul. Kwiatowa, 00-950 Warszawa"). The
 *   postcode and the city beside it become part of the address. A number elsewhere in the
 *   sentence is not a postcode, whatever its form ("Main Street … 300 pupils").
 *
 * When the participant's country is known, only its postcode form is used; otherwise every
 * form, the longest first.
 */

export interface TextSpan {
	start: number;
	end: number;
}

const BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const AFTER = String.raw`(?![\p{L}\p{N}])`;

/** A house number: "12", "5a", "7/12", "40-12". */
const HOUSE_NUMBER = String.raw`\d{1,4}(?:\p{L}(?!\p{L}))?(?:[/-]\d{1,4}(?:\p{L}(?!\p{L}))?)?`;

/** A capital staircase letter and a flat number after a house number, case-sensitive: " B", " B 34". */
const STAIRCASE = /\x20[A-H](?![\p{L}\p{N}])(?:\x20\d{1,3}(?![\p{L}\p{N}]))?/uy;
/** A capitalised word before a street name of two words ("Karl Johans gate 5"), read backwards from its end. */
const CAPITALISED_WORD = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}{1,19}$/u;
/**
 * Where a sentence starts: its first word may be capitalised for that reason alone. Not after a
 * colon: "Adresse: Karl Johans gate 5".
 */
const SENTENCE_START = /(?:^|[.!?"«»“”(\n]\x20?)$/u;
/**
 * A city: a capitalised word ("Stockholm", "Rīga", "г. Москва"), and a district letter after it
 * ("København N", "Aarhus C"). Case-sensitive, so lower-case ordinary words are not taken.
 */
const CITY = /(?<![\p{L}\p{N}])(?:(?:г|м|гор)\.\x20?)?\p{Lu}[\p{L}'’-]{1,39}(?![\p{L}\p{N}])(?:\x20[A-HJ-ZÆØÅ](?![\p{L}\p{N}]))?/gu;

interface Compiled {
	streets: Record<Language, { withNumber: RegExp | null; nameFirst: RegExp | null; wordFirst: RegExp | null; unit: RegExp | null }>;
	/** The postcode pattern of each country, and of all countries (key ''), longest form first. */
	postcodes: Map<string, RegExp>;
}

let compiled: Compiled | undefined;

function compile(): Compiled {
	const streets = Object.fromEntries(
		LANGUAGES.map((language) => {
			const suffixes = STREET_WORDS[language].filter((word) => word.suffix).map((word) => word.source);
			const words = STREET_WORDS[language].filter((word) => !word.suffix).map((word) => word.source);
			const gap = HOUSE_NUMBER_GAPS[language] ? `(?:${HOUSE_NUMBER_GAPS[language]}|\\s)` : '\\s';
			const withNumber: string[] = [];
			const nameFirst: string[] = [];
			// "Storgatan 12", "Lindenstraße 5a"
			if (suffixes.length) {
				withNumber.push(`\\p{L}{1,40}(?:${suffixes.join('|')})${gap}${HOUSE_NUMBER}`);
				nameFirst.push(`\\p{L}{1,40}(?:${suffixes.join('|')})`);
			}
			if (words.length) {
				// "ul. Kwiatowa 7", "Main Street 12", "22 Baker Street"
				withNumber.push(`(?:${words.join('|')})\\s?\\p{L}{2,40}${gap}${HOUSE_NUMBER}`);
				withNumber.push(`\\p{L}{2,40}\\s(?:${words.join('|')})${gap}${HOUSE_NUMBER}`);
				withNumber.push(`(?<!\\d)\\d{1,4}\\s\\p{L}{2,40}\\s(?:${words.join('|')})`);
				nameFirst.push(`\\p{L}{2,40}\\s(?:${words.join('|')})`);
			}
			const pattern = (parts: string[]) => (parts.length ? new RegExp(`${BEFORE}(?:${parts.join('|')})${AFTER}`, 'giu') : null);
			return [
				language,
				{
					withNumber: pattern(withNumber),
					// a street named without a number: "Kwiatowa ulica", "Storgatan"; "ul. Kwiatowa"
					nameFirst: pattern(nameFirst),
					wordFirst: words.length ? pattern([`(?:${words.join('|')})\\s?\\p{L}{2,40}`]) : null,
					unit: HOUSE_UNITS[language] ? new RegExp(`(?:${HOUSE_UNITS[language]})${AFTER}`, 'iuy') : null
				}
			];
		})
	) as Compiled['streets'];
	const postcodes = new Map<string, RegExp>();
	const postcode = (sources: string[]) => new RegExp(`${BEFORE}(?:${sources.join('|')})${AFTER}`, 'giu');
	for (const [country, source] of Object.entries(POSTCODES)) postcodes.set(country, postcode([source]));
	// the longest form first, each form once
	const byLength = Object.keys(POSTCODES).sort((a, b) => POSTCODE_EXAMPLES[b].length - POSTCODE_EXAMPLES[a].length);
	postcodes.set('', postcode([...new Set(byLength.map((country) => POSTCODES[country]))]));
	return { streets, postcodes };
}

/** The postcode pattern screen() uses for a participant's country (all forms when it is unknown or not of the region). */
export function postcodePattern(country?: string | null): RegExp {
	const { postcodes } = (compiled ??= compile());
	return postcodes.get(country ?? '') ?? postcodes.get('')!;
}

/** Every regular expression of this module, for the ReDoS test. */
export function addressPatterns(): RegExp[] {
	const c = (compiled ??= compile());
	return [
		STAIRCASE,
		CAPITALISED_WORD,
		SENTENCE_START,
		CITY,
		...c.postcodes.values(),
		...Object.values(c.streets).flatMap((street) => [street.withNumber, street.nameFirst, street.wordFirst, street.unit].filter((pattern): pattern is RegExp => pattern !== null))
	];
}

/** Skips a comma or semicolon and white space backwards from `at`: where the token before ends. */
function skipBack(text: string, at: number): number {
	let position = at;
	if (text[position - 1] === ' ' || text[position - 1] === '\n') position--;
	if (text[position - 1] === ',' || text[position - 1] === ';') position--;
	return position;
}

/** Skips a comma or semicolon and white space forwards from `at`: where the next token starts. */
function skipForward(text: string, at: number): number {
	let position = at;
	if (text[position] === ',' || text[position] === ';') position++;
	if (text[position] === ' ' || text[position] === '\n') position++;
	return position;
}

/**
 * Adds to a street the capitalised word before a name of two words ("Karl Johans gate 5"),
 * unless that word only starts a sentence.
 */
function withNameBefore(text: string, span: TextSpan): TextSpan {
	const first = text.charAt(span.start);
	if (first === first.toLocaleLowerCase() || text[span.start - 1] !== ' ') return span;
	const before = text.slice(Math.max(0, span.start - 41), span.start - 1);
	const word = CAPITALISED_WORD.exec(before);
	if (!word || SENTENCE_START.test(before.slice(0, word.index))) return span;
	return { start: span.start - 1 - word[0].length, end: span.end };
}

/** The street addresses of one answer, in collapsed text, as spans (which may overlap). */
export function addressSpans(text: string, language: Language, country?: string | null): TextSpan[] {
	const c = (compiled ??= compile());
	const languages: Language[] = language === 'en' ? ['en'] : [language, 'en'];
	const spans: TextSpan[] = [];
	const withNumberByEnd = new Map<number, TextSpan>();
	const withNumberByStart = new Map<number, TextSpan>();
	const namedByEnd = new Map<number, TextSpan>();
	for (const lang of languages) {
		const { withNumber, nameFirst, wordFirst, unit } = c.streets[lang];
		if (withNumber) {
			for (const m of matches(withNumber, text)) {
				let end = m.index + m[0].length;
				// a flat or floor, then a staircase letter ("Algade 12, 3. th.", "Katu 12 B 34")
				for (const after of [unit, STAIRCASE]) {
					if (!after) continue;
					after.lastIndex = end;
					const found = after.exec(text);
					if (found) end += found[0].length;
				}
				const span = withNameBefore(text, { start: m.index, end });
				spans.push(span);
				if (!withNumberByEnd.has(span.end)) withNumberByEnd.set(span.end, span);
				if (!withNumberByStart.has(span.start)) withNumberByStart.set(span.start, span);
			}
		}
		for (const pattern of [nameFirst, wordFirst]) {
			if (!pattern) continue;
			for (const m of matches(pattern, text)) {
				const span = withNameBefore(text, { start: m.index, end: m.index + m[0].length });
				if (!namedByEnd.has(span.end)) namedByEnd.set(span.end, span);
			}
		}
	}
	if (withNumberByEnd.size === 0 && namedByEnd.size === 0) return spans;

	const citiesByStart = new Map<number, TextSpan>();
	const citiesByEnd = new Map<number, TextSpan>();
	for (const m of matches(CITY, text)) {
		const city = { start: m.index, end: m.index + m[0].length };
		citiesByStart.set(city.start, city);
		citiesByEnd.set(city.end, city);
	}

	for (const m of matches(postcodePattern(country), text)) {
		const start = m.index;
		const end = start + m[0].length;
		// the city after the postcode ("114 55 Stockholm"), and the token before it
		const next = skipForward(text, end);
		const cityAfter = next > end ? citiesByStart.get(next) : undefined;
		const previous = skipBack(text, start);
		// street, postcode ("Storgatan 12, 114 55"); street, city, postcode ("Brīvības iela 40, Rīga, LV-1050")
		const cityBefore = previous < start ? citiesByEnd.get(previous) : undefined;
		const beforeCity = cityBefore ? skipBack(text, cityBefore.start) : -1;
		const street =
			(previous < start ? withNumberByEnd.get(previous) : undefined) ??
			(cityBefore && beforeCity < cityBefore.start ? withNumberByEnd.get(beforeCity) : undefined) ??
			// a street without a number counts only with a city: "ul. Kwiatowa, 00-950 Warszawa"
			(cityAfter && previous < start ? namedByEnd.get(previous) : undefined) ??
			(cityBefore && beforeCity < cityBefore.start ? namedByEnd.get(beforeCity) : undefined);
		if (street) {
			spans.push({ start: street.start, end: cityAfter?.end ?? end });
			continue;
		}
		// postcode, city, street ("101000, Москва, ул. Ленина, д. 5")
		const afterCity = cityAfter ? skipForward(text, cityAfter.end) : -1;
		const following = (next > end ? withNumberByStart.get(next) : undefined) ?? (cityAfter && afterCity > cityAfter.end ? withNumberByStart.get(afterCity) : undefined);
		if (following) spans.push({ start, end: following.end });
	}
	return spans;
}
