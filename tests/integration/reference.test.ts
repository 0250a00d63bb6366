import { describe, expect, it } from 'vitest';
import {
	digitalConsentAge,
	listCountries,
	listHelplines
} from '../../src/lib/server/reference/queries.ts';
import { DRIVERS, useMigratedDatabase } from './databases.ts';

describe.each(DRIVERS)('reference data on %s', (driver) => {
	const test = useMigratedDatabase(driver, { isolation: 'file' });

	it('lists the CBSS countries in a fixed order, "other" last', async () => {
		expect(await listCountries(test.db)).toEqual([
			'DK', 'EE', 'FI', 'DE', 'IS', 'LV', 'LT', 'NO', 'PL', 'SE', 'ZZ'
		]);
	});

	// DESIGN.md: DK 15 since 2024-01-01 (13 before), DE 16, PL 16, LT 14, EE FI IS LV NO SE 13,
	// other 16; every row but Denmark's new one from 2018-05-25
	it.each([
		['DK', '2023-12-31', 13],
		['DK', '2024-01-01', 15],
		['DK', '2026-11-28', 15],
		['DE', '2026-11-28', 16],
		['PL', '2026-11-28', 16],
		['LT', '2026-11-28', 14],
		['EE', '2026-11-28', 13],
		['FI', '2026-11-28', 13],
		['IS', '2026-11-28', 13],
		['LV', '2026-11-28', 13],
		['NO', '2026-11-28', 13],
		['SE', '2026-11-28', 13],
		['ZZ', '2026-11-28', 16],
		['SE', '2018-05-25', 13]
	] as const)('gives the age of digital consent in %s on %s as %i', async (country, day, age) => {
		expect(await digitalConsentAge(test.db, country, day)).toBe(age);
	});

	it('knows no age before the GDPR applied', async () => {
		expect(await digitalConsentAge(test.db, 'DE', '2018-05-24')).toBeNull();
	});

	it('gives 116 111 in the countries that have it, and 1717 in Iceland', async () => {
		for (const country of ['DK', 'EE', 'FI', 'DE', 'LV', 'LT', 'NO', 'PL', 'SE', 'ZZ'] as const) {
			const [main] = await listHelplines(test.db, country);
			expect(main.number, country).toBe('116 111');
		}
		const [iceland] = await listHelplines(test.db, 'IS');
		expect(iceland.number).toBe('1717');
	});

	it('gives Finland a Swedish-language line after its main one', async () => {
		const lines = await listHelplines(test.db, 'FI');
		expect(lines.map((line) => [line.number, line.languages.includes('sv')])).toEqual([
			['116 111', false],
			['0800 96 116', true]
		]);
	});

	it('points "other" to Child Helpline International', async () => {
		const [other] = await listHelplines(test.db, 'ZZ');
		expect(other.webAddress).toMatch(/^https:\/\/childhelplineinternational\.org\//);
	});
});
