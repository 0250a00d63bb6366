/**
 * The countries Voices knows: the CBSS member states (Russia left in 2022) and `ZZ` for
 * "another country". Names come from Intl.DisplayNames in the reader's language; `ZZ` has a
 * translation of its own.
 */
export const COUNTRY_CODES = ['DK', 'EE', 'FI', 'DE', 'IS', 'LV', 'LT', 'NO', 'PL', 'SE', 'ZZ'] as const;

export type CountryCode = (typeof COUNTRY_CODES)[number];

export function isCountryCode(value: unknown): value is CountryCode {
	return typeof value === 'string' && (COUNTRY_CODES as readonly string[]).includes(value);
}

/** Remembers the country a participant gave, so that every page shows its help line. */
export const COUNTRY_COOKIE = 'voices_country';

/** A country's name in the reader's language; `otherLabel` for `ZZ` ("another country"). */
export function countryName(code: string, language: string, otherLabel: string): string {
	if (code === 'ZZ') return otherLabel;
	return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
}
