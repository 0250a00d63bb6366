/**
 * The countries Voices knows: the CBSS member states (Russia left in 2022) and `ZZ` for
 * "another country". Names are in the locale files (see countryName).
 */
export const COUNTRY_CODES = ['DK', 'EE', 'FI', 'DE', 'IS', 'LV', 'LT', 'NO', 'PL', 'SE', 'ZZ'] as const;

export type CountryCode = (typeof COUNTRY_CODES)[number];

export function isCountryCode(value: unknown): value is CountryCode {
	return typeof value === 'string' && (COUNTRY_CODES as readonly string[]).includes(value);
}

/** Remembers the country a participant gave, so that every page shows its help line. */
export const COUNTRY_COOKIE = 'voices_country';

/**
 * A country's name in the reader's language, from the locale files (`common:country.<CODE>`,
 * CLDR's names; `other` for `ZZ`). Not from Intl.DisplayNames: browsers ship the names of only
 * some languages (Chromium has no Icelandic ones), and a hydrated page would switch to English.
 */
export function countryName(code: CountryCode, t: (key: string) => string): string {
	return t(`common:country.${code === 'ZZ' ? 'other' : code}`);
}
