import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emailSpans, linkSpans, writtenEmailSpans, type Found } from '../../../src/lib/server/screening/contacts.ts';
import { EMAIL_AT_WORDS, EMAIL_DOT_WORDS } from '../../../src/lib/server/screening/lexicon.ts';
import { collapseSpaces } from '../../../src/lib/server/screening/matching.ts';

// Issue #5: e-mail addresses and links are found from an anchor and grown in code, so that no
// pattern reads a long run from every position (redos.test.ts). They must find what the single
// patterns they replace found; those patterns are the reference here, on short texts only.

const OLD_EMAIL = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,4}/gu;
const OLD_LINK =
	/(?:https?:\/\/|www\.)[^\s<>"]{1,2000}|(?<![\p{L}\p{N}@.])[a-z0-9-]{1,63}\.(?:com|net|org|io|me|tv|gg|eu|dk|ee|fi|de|is|lv|lt|no|pl|se|ru|ua)\/[^\s<>"]{1,2000}/giu;
const around = (words: string[]) => String.raw`(?:\s*[([{]?\s*(?:${words.join('|')})\s*[)\]}]?\s*)`;
const OLD_WRITTEN_EMAIL = new RegExp(
	String.raw`(?<![\p{L}\p{N}])[\p{L}\p{N}._%+-]{1,64}${around(EMAIL_AT_WORDS)}[\p{L}\p{N}-]{1,63}${around(EMAIL_DOT_WORDS)}(?:com|net|org|[a-z]{2})(?![\p{L}\p{N}])`,
	'giu'
);

const spansOf = (pattern: RegExp, text: string): Found[] => [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);

/** The positions a list of spans covers. */
const covered = (spans: Found[]) => new Set(spans.flatMap(([start, end]) => Array.from({ length: end - start }, (_, index) => start + index)));

/** Texts of pieces and noise: `parts` each give one piece, glued in order into something like an address. */
const texts = (noise: string[], ...parts: string[][]) => {
	const piece = fc.constantFrom(...noise);
	const address = fc.tuple(...parts.map((choices) => fc.constantFrom(...choices)));
	return fc.array(fc.oneof(piece, address.map((chosen) => chosen.join(''))), { maxLength: 6 }).map((chosen) => chosen.join(''));
};

describe('contacts', () => {
	it('finds e-mail addresses where the single pattern found them', () => {
		const local = ['anna', 'k.9', '-', '_+', 'ä', '𝒜', 'x'.repeat(60), ''];
		const domain = ['example', 'a-9', 'ä', 'y'.repeat(60), ''];
		const dot = ['.', '..', ''];
		let found = 0;
		fc.assert(
			fc.property(texts([' ', '@', 'a', '.'], local, local, ['@', '@@', ''], domain, dot, domain, dot, domain, dot, domain), (text) => {
				const expected = spansOf(OLD_EMAIL, text);
				expect(emailSpans(text)).toEqual(expected);
				if (expected.length) found++;
			}),
			{ numRuns: 3000 }
		);
		expect(found).toBeGreaterThan(100);
	});

	it('covers what the single link pattern covered', () => {
		const host = ['anna', '-', '9', 'ä', 'k'.repeat(60), '@', '.', ''];
		let found = 0;
		fc.assert(
			fc.property(texts([' ', '"', '/', 'x'], ['https://', 'http://', 'www.', ' ', ''], host, host, ['.com', '.se', '.xyz', ''], ['/', '/x', ' ', '"', '']), (text) => {
				const expected = spansOf(OLD_LINK, text);
				expect(covered(linkSpans(text))).toEqual(covered(expected));
				if (expected.length) found++;
			}),
			{ numRuns: 3000 }
		);
		expect(found).toBeGreaterThan(100);
	});

	it('finds written-out e-mail addresses where the single pattern found them', () => {
		const local = ['anna', 'k.9', '-', 'ä', 'a'.repeat(62), 'x-at', ''];
		const opening = [' ', '  ', '\n', '(', ' [ ', ')', ''];
		const closing = [' ', '  ', ') ', ' ] ', '(', ''];
		const domain = ['gmail', 'a-9', 'gmail-', 'dot', ''];
		let found = 0;
		fc.assert(
			fc.property(
				texts([' ', 'at', 'dot', 'com'], local, opening, ['at', 'ät', 'snabel-a', 'małpa', 'att', 'x'], closing, domain, opening, ['dot', 'punkt', 'kropka', 'x'], closing, ['com', 'se', 'pl', 'xyz', 'c']),
				(raw) => {
					const text = collapseSpaces(raw).text;
					const expected = spansOf(OLD_WRITTEN_EMAIL, text);
					expect(writtenEmailSpans(text)).toEqual(expected);
					if (expected.length) found++;
				}
			),
			{ numRuns: 5000 }
		);
		expect(found).toBeGreaterThan(100);
	});
});
