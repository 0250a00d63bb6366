/**
 * The reference data Voices starts with (DESIGN.md, "Languages and countries"). Admins edit
 * the seeded rows later; seeding only ever adds what is absent, so their edits survive.
 *
 * Opening hours are given only where they were known when this was written; `null` makes the
 * page point to the line's web site instead of guessing. Admins should check all of them
 * against the services' own pages before going live.
 */

import type { CountryCode } from '../../countries.ts';
import { COUNTRY_CODES } from '../../countries.ts';

/** GDPR Art. 8 applies from this day; the ages below apply from it unless a row says otherwise. */
export const GDPR_START = '2018-05-25';

export interface ConsentAgeSeed {
	countryCode: CountryCode;
	age: number;
	validFrom: string;
}

export const CONSENT_AGES: readonly ConsentAgeSeed[] = [
	{ countryCode: 'DK', age: 13, validFrom: GDPR_START },
	{ countryCode: 'DK', age: 15, validFrom: '2024-01-01' },
	{ countryCode: 'EE', age: 13, validFrom: GDPR_START },
	{ countryCode: 'FI', age: 13, validFrom: GDPR_START },
	{ countryCode: 'DE', age: 16, validFrom: GDPR_START },
	{ countryCode: 'IS', age: 13, validFrom: GDPR_START },
	{ countryCode: 'LV', age: 13, validFrom: GDPR_START },
	{ countryCode: 'LT', age: 14, validFrom: GDPR_START },
	{ countryCode: 'NO', age: 13, validFrom: GDPR_START },
	{ countryCode: 'PL', age: 16, validFrom: GDPR_START },
	{ countryCode: 'SE', age: 13, validFrom: GDPR_START },
	{ countryCode: 'ZZ', age: 16, validFrom: GDPR_START }
];

export interface HelplineSeed {
	countryCode: CountryCode;
	number: string;
	name: string;
	languages: string[];
	hours: string | null;
	webAddress: string;
	sortOrder: number;
}

export const HELPLINES: readonly HelplineSeed[] = [
	{
		countryCode: 'DK',
		number: '116 111',
		name: 'BørneTelefonen',
		languages: ['da'],
		hours: '24/7',
		webAddress: 'https://bornsvilkar.dk/',
		sortOrder: 0
	},
	{
		countryCode: 'EE',
		number: '116 111',
		name: 'Lasteabi',
		languages: ['et', 'ru', 'en'],
		hours: '24/7',
		webAddress: 'https://www.lasteabi.ee/',
		sortOrder: 0
	},
	{
		countryCode: 'FI',
		number: '116 111',
		name: 'MLL:n Lasten ja nuorten puhelin',
		languages: ['fi'],
		hours: 'Mo-Fr 14:00-20:00; Sa,Su 17:00-20:00',
		webAddress: 'https://www.mll.fi/',
		sortOrder: 0
	},
	{
		countryCode: 'FI',
		number: '0800 96 116',
		name: 'Barnens och ungas telefon',
		languages: ['sv'],
		hours: null,
		webAddress: 'https://www.mll.fi/',
		sortOrder: 1
	},
	{
		countryCode: 'DE',
		number: '116 111',
		name: 'Nummer gegen Kummer',
		languages: ['de'],
		hours: 'Mo-Sa 14:00-20:00',
		webAddress: 'https://www.nummergegenkummer.de/',
		sortOrder: 0
	},
	{
		countryCode: 'IS',
		number: '1717',
		name: 'Hjálparsími Rauða krossins',
		languages: ['is', 'en'],
		hours: '24/7',
		webAddress: 'https://1717.is/',
		sortOrder: 0
	},
	{
		countryCode: 'LV',
		number: '116 111',
		name: 'Bērnu un pusaudžu uzticības tālrunis',
		languages: ['lv', 'ru'],
		hours: '24/7',
		webAddress: 'https://www.bti.gov.lv/',
		sortOrder: 0
	},
	{
		countryCode: 'LT',
		number: '116 111',
		name: 'Vaikų linija',
		languages: ['lt'],
		hours: 'Mo-Su 11:00-23:00',
		webAddress: 'https://www.vaikulinija.lt/',
		sortOrder: 0
	},
	{
		countryCode: 'NO',
		number: '116 111',
		name: 'Alarmtelefonen for barn og unge',
		languages: ['nb'],
		hours: '24/7',
		webAddress: 'https://www.116111.no/',
		sortOrder: 0
	},
	{
		countryCode: 'PL',
		number: '116 111',
		name: 'Telefon Zaufania dla Dzieci i Młodzieży',
		languages: ['pl', 'uk'],
		hours: '24/7',
		webAddress: 'https://116111.pl/',
		sortOrder: 0
	},
	{
		countryCode: 'SE',
		number: '116 111',
		name: 'BRIS',
		languages: ['sv'],
		hours: null,
		webAddress: 'https://www.bris.se/',
		sortOrder: 0
	},
	{
		countryCode: 'ZZ',
		number: '116 111',
		name: 'Child Helpline International',
		languages: ['en'],
		hours: null,
		webAddress: 'https://childhelplineinternational.org/helplines/',
		sortOrder: 0
	}
];

export const COUNTRIES = COUNTRY_CODES.map((code, index) => ({ code, sortOrder: index }));
