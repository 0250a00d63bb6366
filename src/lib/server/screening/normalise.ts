/**
 * Text as screening reads it: NFKC (so that full-width and mathematical digits and letters
 * become plain ones), every decimal digit of any script as an ASCII digit, invisible
 * characters dropped, dashes as `-`, horizontal white space of every kind (tabs included) as
 * ` ` and line breaks of every kind as `\n`. Redaction works on this text, and it is what is
 * stored. Line breaks stay: a name is not taken across one (index.ts), and lexicon patterns read
 * a run of white space with a line break in it as a line break (matching.ts).
 */

/** Zero-width and formatting characters that can hide a number from a pattern. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/gu;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/gu;
/** Tabs and every other horizontal space: "123\t456\t789" is a run of nine digits like "123 456 789". */
const SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/gu;
const OTHER_DIGITS = /[^\P{Nd}0-9]/gu;
const DECIMAL_DIGIT = /^\p{Nd}$/u;
/** CR LF, CR, vertical tab, form feed, NEL and the Unicode line and paragraph separators. */
const LINE_BREAK = /\r\n?|[\v\f\u0085\u2028\u2029]/g;

/** The regular expressions of this module, for the ReDoS test. */
export const NORMALISE_PATTERNS: RegExp[] = [INVISIBLE, DASHES, SPACES, OTHER_DIGITS, DECIMAL_DIGIT, LINE_BREAK];

/** The value of a decimal digit of any script: Unicode keeps each script's 0–9 in a run. */
function digitValue(digit: string): string {
	const code = digit.codePointAt(0)!;
	let zero = code;
	while (code - zero < 9 && DECIMAL_DIGIT.test(String.fromCodePoint(zero - 1))) zero--;
	return String((code - zero) % 10);
}

export function normalise(input: string): string {
	return input
		.normalize('NFKC')
		.replace(INVISIBLE, '')
		.replace(DASHES, '-')
		.replace(SPACES, ' ')
		.replace(OTHER_DIGITS, digitValue)
		.replace(LINE_BREAK, '\n');
}
