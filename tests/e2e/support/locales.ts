import { readFileSync } from 'node:fs';

export const LANGUAGES = ['en', 'da', 'de', 'et', 'fi', 'is', 'lv', 'lt', 'nb', 'pl', 'sv', 'ru', 'uk'] as const;

/** A string of a locale file, by `namespace:dotted.key` — what the page must show. */
export function text(language: string, reference: string): string {
	const [namespace, key] = reference.split(':');
	const tree = JSON.parse(readFileSync(`locales/${language}/${namespace}.json`, 'utf8'));
	const value = key.split('.').reduce((node, part) => node?.[part], tree);
	if (typeof value !== 'string') throw new Error(`no string ${reference} in ${language}`);
	return value;
}
