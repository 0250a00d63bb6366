import { EMAIL_AT_WORDS, EMAIL_DOT_WORDS } from './lexicon.ts';
import { matches } from './matching.ts';

/**
 * E-mail addresses and links, as spans of the text. Each is found from an anchor that a small
 * pattern finds (the "@", a written-out "at", the start of a link, a top-level domain and "/")
 * and grown in plain code over a bounded run of the characters it may hold. One pattern for the
 * whole address would read a run of up to 64 characters from every position of a long word, and
 * recheck's fuzz checker reported those patterns polynomial. The spans are those the single
 * patterns named in each function's comment found.
 */

export type Found = [start: number, end: number];

/** One character of the part of an address before the "@", of a domain, of a link, of a host name. */
const LOCAL = /^[\p{L}\p{N}._%+-]$/u;
const DOMAIN = /^[\p{L}\p{N}-]$/u;
const LINK = /^[^\s<>"]$/u;
const HOST = /^[a-z0-9-]$/iu;
/** What may not stand before a written-out address, and before a host name. */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const NOT_BEFORE_HOST = /^[\p{L}\p{N}@.]$/u;
const SPACE = /^\s$/;
const OPENING = /^[([{]$/;
const CLOSING = /^[)\]}]$/;

const LINK_START = /(?:https?:\/\/|www\.)(?=[^\s<>"])/giu;
const TOP_LEVEL_AND_PATH = /\.(?:com|net|org|io|me|tv|gg|eu|dk|ee|fi|de|is|lv|lt|no|pl|se|ru|ua)\/(?=[^\s<>"])/giu;

/** "at" in words: in text whose white space is collapsed (matching.ts), so one `\s` is any run. */
const SPELLED_AT = new RegExp(EMAIL_AT_WORDS.join('|'), 'giu');
/** What follows the domain of a written-out address: "dot", a bracket or space round it, and a top-level domain. */
const SPELLED_DOT_AND_END = new RegExp(
	String.raw`(?:\s?[([{])?\s?(?:${EMAIL_DOT_WORDS.join('|')})\s?(?:[)\]}]\s?)?(?:com|net|org|[a-z]{2})(?![\p{L}\p{N}])`,
	'iuy'
);

/** The regular expressions of this module, for the ReDoS test. */
export const CONTACT_PATTERNS: RegExp[] = [
	LOCAL, DOMAIN, LINK, HOST, LETTER_OR_DIGIT, NOT_BEFORE_HOST, SPACE, OPENING, CLOSING,
	LINK_START, TOP_LEVEL_AND_PATH, SPELLED_AT, SPELLED_DOT_AND_END
];

/** How many code units the character at `index` takes (2 for a surrogate pair). */
function widthAt(text: string, index: number): number {
	return (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
}

/** How many code units the character before `index` takes. */
function widthBefore(text: string, index: number): number {
	return index >= 2 && (text.codePointAt(index - 2) ?? 0) > 0xffff ? 2 : 1;
}

const characterBefore = (text: string, index: number) => text.slice(index - widthBefore(text, index), index);

/** The end of the run of characters of a kind from `start`, at most `max` of them. */
function runFrom(text: string, start: number, kind: RegExp, max: number): number {
	let end = start;
	for (let count = 0; count < max && end < text.length; count++) {
		const width = widthAt(text, end);
		if (!kind.test(text.slice(end, end + width))) break;
		end += width;
	}
	return end;
}

/** The start of the run of characters of a kind that ends at `end`: at most `max` of them, none before `limit`. */
function runTo(text: string, end: number, kind: RegExp, max: number, limit: number): number {
	let start = end;
	for (let count = 0; count < max && start > limit; count++) {
		const width = widthBefore(text, start);
		if (start - width < limit || !kind.test(text.slice(start - width, start))) break;
		start -= width;
	}
	return start;
}

/** As `/[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,4}/gu` finds them. */
export function emailSpans(text: string): Found[] {
	const found: Found[] = [];
	// where the previous address ended: the next one starts after it
	let from = 0;
	for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
		const start = runTo(text, at, LOCAL, 64, from);
		let end = runFrom(text, at + 1, DOMAIN, 63);
		if (start === at || end === at + 1) continue;
		let labels = 0;
		while (labels < 4 && text[end] === '.') {
			const next = runFrom(text, end + 1, DOMAIN, 63);
			if (next === end + 1) break;
			end = next;
			labels++;
		}
		if (labels === 0) continue;
		found.push([start, end]);
		from = end;
	}
	return found;
}

/**
 * As `/(?:https?:\/\/|www\.)[^\s<>"]{1,2000}|(?<![\p{L}\p{N}@.])[a-z0-9-]{1,63}\.(?:com|…)\/[^\s<>"]{1,2000}/giu`
 * finds them, the two kinds apart (where they overlap, screening merges them).
 */
export function linkSpans(text: string): Found[] {
	const found: Found[] = [];
	let from = 0;
	for (const start of matches(LINK_START, text)) {
		if (start.index < from) continue;
		from = runFrom(text, start.index + start[0].length, LINK, 2000);
		found.push([start.index, from]);
	}
	from = 0;
	for (const domain of matches(TOP_LEVEL_AND_PATH, text)) {
		const dot = domain.index;
		if (dot < from) continue;
		// the host name starts at the start of its run, or after a "-" in it
		let start = runTo(text, dot, HOST, 63, from);
		while (start < dot && start > 0 && NOT_BEFORE_HOST.test(characterBefore(text, start))) start++;
		if (start === dot) continue;
		from = runFrom(text, dot + domain[0].length, LINK, 2000);
		found.push([start, from]);
	}
	return found;
}

/**
 * E-mail addresses written out ("anna at gmail dot com", "ania (małpa) wp kropka pl"), in text
 * whose white space is collapsed: as `(?<![\p{L}\p{N}])[\p{L}\p{N}._%+-]{1,64}` + "at" with a
 * space and bracket round it + `[\p{L}\p{N}-]{1,63}` + what `SPELLED_DOT_AND_END` reads finds them.
 */
export function writtenEmailSpans(text: string): Found[] {
	const found: Found[] = [];
	let from = 0;
	for (const at of matches(SPELLED_AT, text)) {
		if (at.index < from) continue;
		// "anna (at)", "anna( at", "anna at": the address ends before the space and bracket
		let localEnd = at.index;
		if (SPACE.test(text.charAt(localEnd - 1))) localEnd--;
		if (OPENING.test(text.charAt(localEnd - 1))) {
			localEnd--;
			if (SPACE.test(text.charAt(localEnd - 1))) localEnd--;
		}
		if (localEnd <= from) continue;
		// it starts at the first place of its run that follows no letter or digit
		let start = runTo(text, localEnd, LOCAL, 64, from);
		while (start < localEnd && start > 0 && LETTER_OR_DIGIT.test(characterBefore(text, start))) start += widthAt(text, start);
		if (start === localEnd) continue;
		let domainStart = at.index + at[0].length;
		if (SPACE.test(text.charAt(domainStart))) domainStart++;
		if (CLOSING.test(text.charAt(domainStart))) {
			domainStart++;
			if (SPACE.test(text.charAt(domainStart))) domainStart++;
		}
		// the longest domain first, as the pattern takes it: "gmail-dot com" is "gmail-" and "dot com"
		for (let end = runFrom(text, domainStart, DOMAIN, 63); end > domainStart; end -= widthBefore(text, end)) {
			SPELLED_DOT_AND_END.lastIndex = end;
			const rest = SPELLED_DOT_AND_END.exec(text);
			if (rest) {
				from = end + rest[0].length;
				found.push([start, from]);
				break;
			}
		}
	}
	return found;
}
