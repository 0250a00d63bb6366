/**
 * The UI languages of Voices and how a request's language is chosen:
 * `?lang=` → cookie → Accept-Language → English. Shared by server and browser code.
 */

export const LANGUAGES = ['en', 'da', 'de', 'et', 'fi', 'is', 'lv', 'lt', 'nb', 'pl', 'sv', 'ru', 'uk'] as const;

export type Language = (typeof LANGUAGES)[number];

export const SOURCE_LANGUAGE: Language = 'en';

export const LANGUAGE_COOKIE = 'voices_lang';

/** Each language named in itself, as the switcher shows it. */
export const ENDONYMS: Record<Language, string> = {
	en: 'English',
	da: 'Dansk',
	de: 'Deutsch',
	et: 'Eesti',
	fi: 'Suomi',
	is: 'Íslenska',
	lv: 'Latviešu',
	lt: 'Lietuvių',
	nb: 'Norsk bokmål',
	pl: 'Polski',
	sv: 'Svenska',
	ru: 'Русский',
	uk: 'Українська'
};

// Norwegian arrives as `no` (macrolanguage), `nb` or `nn`; Voices writes Bokmål for all three.
const ALIASES: Record<string, Language> = { no: 'nb', nn: 'nb' };

/** A supported language for a code such as `de`, `de-AT`, `NO` or `nn`; null otherwise. */
export function normaliseLanguage(code: string | null | undefined): Language | null {
	if (!code) return null;
	const primary = code.trim().toLowerCase().split(/[-_]/)[0];
	const language = ALIASES[primary] ?? primary;
	return (LANGUAGES as readonly string[]).includes(language) ? (language as Language) : null;
}

/**
 * The supported languages of an Accept-Language header, best first. Ranges with q=0 are
 * refused by the client and left out; a malformed header reads as no preference.
 */
export function parseAcceptLanguage(header: string | null | undefined): Language[] {
	if (!header) return [];
	const ranges = header
		.slice(0, 1000)
		.split(',')
		.map((part, index) => {
			const [range, ...parameters] = part.trim().split(';');
			const qParameter = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
			const q = qParameter === undefined ? 1 : Number(qParameter.slice(2));
			return { range: range.trim(), q: Number.isFinite(q) ? q : 0, index };
		})
		.filter((entry) => entry.q > 0 && entry.range !== '')
		.sort((a, b) => b.q - a.q || a.index - b.index);
	const found: Language[] = [];
	for (const { range } of ranges) {
		const language = normaliseLanguage(range);
		if (language && !found.includes(language)) found.push(language);
	}
	return found;
}

export interface LanguageChoice {
	language: Language;
	/** True when `?lang=` named a supported language, which the cookie should then remember. */
	chosenInQuery: boolean;
}

export function chooseLanguage(sources: {
	query: string | null;
	cookie: string | undefined;
	acceptLanguage: string | null;
}): LanguageChoice {
	const fromQuery = normaliseLanguage(sources.query);
	if (fromQuery) return { language: fromQuery, chosenInQuery: true };
	const language =
		normaliseLanguage(sources.cookie) ??
		parseAcceptLanguage(sources.acceptLanguage)[0] ??
		SOURCE_LANGUAGE;
	return { language, chosenInQuery: false };
}

/** Text direction of a language; all of today's are left to right, tomorrow's may not be. */
export function textDirection(language: Language): 'ltr' | 'rtl' {
	const locale = new Intl.Locale(language) as Intl.Locale & {
		getTextInfo?: () => { direction: 'ltr' | 'rtl' };
		textInfo?: { direction: 'ltr' | 'rtl' };
	};
	return (locale.getTextInfo?.() ?? locale.textInfo)?.direction ?? 'ltr';
}
