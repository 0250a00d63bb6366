import { describe, expect, it } from 'vitest';
import {
	LANGUAGES,
	chooseLanguage,
	normaliseLanguage,
	parseAcceptLanguage
} from '../../src/lib/i18n/languages.ts';

const UI_LANGUAGES = ['en', 'da', 'de', 'et', 'fi', 'is', 'lv', 'lt', 'nb', 'pl', 'sv', 'ru', 'uk'];

describe('UI languages', () => {
	it('are exactly the thirteen of the design', () => {
		expect([...LANGUAGES].sort()).toEqual([...UI_LANGUAGES].sort());
	});

	it('each read as themselves', () => {
		for (const code of UI_LANGUAGES) expect(normaliseLanguage(code)).toBe(code);
	});
});

describe('normaliseLanguage', () => {
	it('reads no and nn as nb', () => {
		expect(normaliseLanguage('no')).toBe('nb');
		expect(normaliseLanguage('nn')).toBe('nb');
		expect(normaliseLanguage('nn-NO')).toBe('nb');
		expect(normaliseLanguage('nb-NO')).toBe('nb');
	});

	it('maps region subtags to the language', () => {
		expect(normaliseLanguage('de-AT')).toBe('de');
		expect(normaliseLanguage('sv-FI')).toBe('sv');
		expect(normaliseLanguage('en-GB')).toBe('en');
		expect(normaliseLanguage('ru_RU')).toBe('ru');
	});

	it('ignores case and surrounding spaces', () => {
		expect(normaliseLanguage('DE')).toBe('de');
		expect(normaliseLanguage('Fi-fi')).toBe('fi');
		expect(normaliseLanguage(' pl ')).toBe('pl');
		expect(normaliseLanguage('NO')).toBe('nb');
	});

	it('returns null for languages Voices does not have, and for nothing', () => {
		for (const code of ['fr', 'xx', 'english', 'deu', 'se', '*', '', null, undefined]) {
			expect(normaliseLanguage(code)).toBeNull();
		}
	});
});

describe('parseAcceptLanguage', () => {
	it('orders the supported languages by q-value, not by position', () => {
		expect(parseAcceptLanguage('de;q=0.3, fi;q=0.9, sv;q=0.5')).toEqual(['fi', 'sv', 'de']);
		expect(parseAcceptLanguage('en;q=0.1, pl')).toEqual(['pl', 'en']);
	});

	it('keeps the header order between equal q-values (no q means 1)', () => {
		expect(parseAcceptLanguage('lt, lv;q=1, et')).toEqual(['lt', 'lv', 'et']);
	});

	it('leaves out languages it does not support and maps regions and aliases', () => {
		expect(parseAcceptLanguage('fr-FR, fr;q=0.9, de-AT;q=0.8, en;q=0.5')).toEqual(['de', 'en']);
		expect(parseAcceptLanguage('nn-NO, en;q=0.5')).toEqual(['nb', 'en']);
	});

	it('lists each language once, at its best place', () => {
		expect(parseAcceptLanguage('sv-FI, fi;q=0.9, sv;q=0.8')).toEqual(['sv', 'fi']);
	});

	it('treats q=0 as not acceptable', () => {
		expect(parseAcceptLanguage('de;q=0, fi;q=0.5')).toEqual(['fi']);
		expect(parseAcceptLanguage('en;q=0')).toEqual([]);
		expect(parseAcceptLanguage('en;q=0.0, en-GB;q=0.000')).toEqual([]);
	});

	it('reads spaces around parameters', () => {
		expect(parseAcceptLanguage('de ; q=0.2 , uk ; q=0.7')).toEqual(['uk', 'de']);
	});

	it('returns nothing for no header', () => {
		expect(parseAcceptLanguage(null)).toEqual([]);
		expect(parseAcceptLanguage(undefined)).toEqual([]);
		expect(parseAcceptLanguage('')).toEqual([]);
	});

	it('does not throw on malformed headers', () => {
		const malformed = [
			',,,',
			';;;',
			';q=1',
			'q=0.5',
			'de;q=',
			'de;q=abc, fi',
			'de;;q=0.5;q',
			'=, ;=;, -',
			'*',
			'de;q=0.5;q=0.9',
			'\u0000\uffff',
			'de,'.repeat(10_000)
		];
		for (const header of malformed) {
			expect(() => parseAcceptLanguage(header), header.slice(0, 20)).not.toThrow();
			expect(Array.isArray(parseAcceptLanguage(header))).toBe(true);
		}
		// the readable part of a partly malformed header still counts
		expect(parseAcceptLanguage('de;q=abc, fi')).toContain('fi');
	});
});

describe('chooseLanguage', () => {
	const none = { query: null, cookie: undefined, acceptLanguage: null };

	it('takes ?lang= before the cookie and Accept-Language, and says it came from the query', () => {
		expect(chooseLanguage({ query: 'pl', cookie: 'de', acceptLanguage: 'fi' })).toEqual({
			language: 'pl',
			chosenInQuery: true
		});
	});

	it('reads ?lang= the same way as any language code', () => {
		expect(chooseLanguage({ ...none, query: 'no' })).toEqual({ language: 'nb', chosenInQuery: true });
		expect(chooseLanguage({ ...none, query: 'nn' })).toEqual({ language: 'nb', chosenInQuery: true });
		expect(chooseLanguage({ ...none, query: 'de-AT' })).toEqual({ language: 'de', chosenInQuery: true });
		expect(chooseLanguage({ ...none, query: 'SV' })).toEqual({ language: 'sv', chosenInQuery: true });
	});

	it('ignores an unknown ?lang= and falls through to the cookie', () => {
		expect(chooseLanguage({ query: 'xx', cookie: 'de', acceptLanguage: 'fi' })).toEqual({
			language: 'de',
			chosenInQuery: false
		});
	});

	it('ignores an unknown ?lang= and falls through to Accept-Language, then English', () => {
		expect(chooseLanguage({ query: 'fr', cookie: undefined, acceptLanguage: 'lt' })).toEqual({
			language: 'lt',
			chosenInQuery: false
		});
		expect(chooseLanguage({ ...none, query: 'klingon' })).toEqual({
			language: 'en',
			chosenInQuery: false
		});
		expect(chooseLanguage({ ...none, query: '' })).toEqual({ language: 'en', chosenInQuery: false });
	});

	it('takes the cookie before Accept-Language', () => {
		expect(chooseLanguage({ query: null, cookie: 'et', acceptLanguage: 'fi, en' })).toEqual({
			language: 'et',
			chosenInQuery: false
		});
		expect(chooseLanguage({ query: null, cookie: 'no', acceptLanguage: 'fi' })).toEqual({
			language: 'nb',
			chosenInQuery: false
		});
	});

	it('ignores a cookie that names no supported language', () => {
		expect(chooseLanguage({ query: null, cookie: 'fr', acceptLanguage: 'ru' })).toEqual({
			language: 'ru',
			chosenInQuery: false
		});
		expect(chooseLanguage({ query: null, cookie: '', acceptLanguage: 'uk' })).toEqual({
			language: 'uk',
			chosenInQuery: false
		});
	});

	it('takes the best supported language of Accept-Language', () => {
		expect(
			chooseLanguage({ ...none, acceptLanguage: 'fr-CH, fr;q=0.9, en;q=0.8, is;q=0.85' })
		).toEqual({ language: 'is', chosenInQuery: false });
	});

	it('respects q=0 when choosing', () => {
		expect(chooseLanguage({ ...none, acceptLanguage: 'da;q=0, fr' })).toEqual({
			language: 'en',
			chosenInQuery: false
		});
	});

	it('falls back to English when nothing else decides, or the header is malformed', () => {
		expect(chooseLanguage(none)).toEqual({ language: 'en', chosenInQuery: false });
		expect(chooseLanguage({ ...none, acceptLanguage: 'fr, es;q=0.5' })).toEqual({
			language: 'en',
			chosenInQuery: false
		});
		expect(chooseLanguage({ ...none, acceptLanguage: ';;;,,=q' })).toEqual({
			language: 'en',
			chosenInQuery: false
		});
	});
});
