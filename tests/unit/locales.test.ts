import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/lib/i18n/languages.ts';

// DESIGN.md: every key exists in every language, with the CLDR plural forms each language
// needs. The expectations come from the English files and from Intl.PluralRules, never from
// the translations themselves.

const LOCALES = 'locales';
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

type Tree = { [key: string]: string | Tree };

function readNamespace(language: string, namespace: string): Tree {
	return JSON.parse(readFileSync(join(LOCALES, language, `${namespace}.json`), 'utf8'));
}

function flatten(tree: Tree, prefix = ''): Map<string, string> {
	const keys = new Map<string, string>();
	for (const [key, value] of Object.entries(tree)) {
		const path = prefix ? `${prefix}.${key}` : key;
		if (typeof value === 'string') keys.set(path, value);
		else for (const [k, v] of flatten(value, path)) keys.set(k, v);
	}
	return keys;
}

const withoutPluralSuffix = (key: string) => key.replace(PLURAL_SUFFIX, '');
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();

const namespaces = readdirSync(join(LOCALES, 'en'))
	.filter((file) => file.endsWith('.json'))
	.map((file) => file.replace(/\.json$/, ''));

describe('locale files', () => {
	it('has a folder for each of the 13 languages and nothing else', () => {
		const folders = readdirSync(LOCALES, { withFileTypes: true })
			.filter((entry) => entry.isDirectory())
			.map((entry) => entry.name)
			.sort();
		expect(folders).toEqual([...LANGUAGES].sort());
	});

	it('has namespaces in English', () => {
		expect(namespaces).toContain('common');
		expect(namespaces).toContain('participant');
	});

	describe.each(LANGUAGES.filter((language) => language !== 'en'))('%s', (language) => {
		const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;

		describe.each(namespaces)('%s', (namespace) => {
			const english = flatten(readNamespace('en', namespace));
			const translated = flatten(readNamespace(language, namespace));
			const englishBases = new Set([...english.keys()].map(withoutPluralSuffix));
			const translatedBases = new Set([...translated.keys()].map(withoutPluralSuffix));

			it('has every key that English has, and no other', () => {
				expect([...translatedBases].sort()).toEqual([...englishBases].sort());
			});

			it('has exactly the plural forms the language needs', () => {
				const pluralBases = [...english.keys()].filter((k) => PLURAL_SUFFIX.test(k)).map(withoutPluralSuffix);
				for (const base of new Set(pluralBases)) {
					const forms = [...translated.keys()]
						.filter((key) => withoutPluralSuffix(key) === base && PLURAL_SUFFIX.test(key))
						.map((key) => key.match(PLURAL_SUFFIX)![1])
						.sort();
					expect(forms, `${namespace}:${base}`).toEqual([...categories].sort());
				}
			});

			it('keeps the placeholders of the English text', () => {
				// a plural form is compared with the English "other", less the number, which English "one" may leave out
				for (const [key, text] of translated) {
					const plural = PLURAL_SUFFIX.test(key);
					const source = english.get(plural ? `${withoutPluralSuffix(key)}_other` : key);
					if (source === undefined) continue;
					const compared = (names: string[]) => (plural ? names.filter((name) => name !== 'count') : names);
					expect(compared(placeholders(text)), `${namespace}:${key}`).toEqual(compared(placeholders(source)));
				}
			});

			// CLDR: in is, lv, lt, ru and uk "one" also serves 21, 31 …, so it cannot say "a" or "one"
			it('names the number in every plural form that serves any number but exactly 1', () => {
				const rules = new Intl.PluralRules(language);
				for (const [key, text] of translated) {
					const form = key.match(PLURAL_SUFFIX)?.[1];
					if (!form) continue;
					const numbers = Array.from({ length: 200 }, (_, n) => n).filter((n) => rules.select(n) === form);
					if (numbers.length === 1 && numbers[0] === 1) continue;
					expect(text, `${namespace}:${key}`).toContain('{{count}}');
				}
			});

			it('has no empty strings', () => {
				for (const [key, text] of translated) expect(text.trim(), `${namespace}:${key}`).not.toBe('');
			});
		});
	});

	it('lists review notes only for keys that exist, outside the namespaces', () => {
		const review = JSON.parse(readFileSync(join(LOCALES, 'review.json'), 'utf8')) as Record<
			string,
			Record<string, string> | string
		>;
		for (const [language, notes] of Object.entries(review)) {
			if (language.startsWith('$')) continue;
			expect(LANGUAGES, language).toContain(language);
			for (const reference of Object.keys(notes as Record<string, string>)) {
				const [namespace, key] = reference.split(':');
				const keys = flatten(readNamespace(language, namespace));
				expect(keys.has(key), `${language} ${reference}`).toBe(true);
			}
		}
	});
});
