import { describe, expect, it } from 'vitest';
import { formatOpeningHours } from '../../src/lib/server/reference/hours.ts';

// Expected texts are written by hand in each language's own conventions, not produced with
// Intl, so that they check what a reader sees. Danish and Finnish write times with a point.
describe('formatOpeningHours', () => {
	it('reads 24/7 as always open', () => {
		expect(formatOpeningHours('24/7', 'en')).toEqual({ kind: 'always' });
		expect(formatOpeningHours('  24/7 ', 'fi')).toEqual({ kind: 'always' });
	});

	it('writes a weekday range in the reader’s language', () => {
		const weekdays = 'Mo-Fr 14:00-20:00';
		const expected = {
			en: 'Monday–Friday 14:00–20:00',
			de: 'Montag–Freitag 14:00–20:00',
			fi: 'maanantai–perjantai 14.00–20.00',
			pl: 'poniedziałek–piątek 14:00–20:00',
			da: 'mandag–fredag 14.00–20.00',
			sv: 'måndag–fredag 14:00–20:00',
			nb: 'mandag–fredag 14:00–20:00',
			et: 'esmaspäev–reede 14:00–20:00',
			is: 'mánudagur–föstudagur 14:00–20:00',
			lt: 'pirmadienis–penktadienis 14:00–20:00',
			ru: 'понедельник–пятница 14:00–20:00',
			uk: 'понеділок–пʼятниця 14:00–20:00'
		} as const;
		for (const [language, text] of Object.entries(expected)) {
			expect(formatOpeningHours(weekdays, language as keyof typeof expected), language).toEqual({
				kind: 'rules',
				text
			});
		}
	});

	it('writes Latvian day names in lower case, as Latvian does in running text', () => {
		expect(formatOpeningHours('Mo-Fr 14:00-20:00; Sa,Su 17:00-20:00', 'lv')).toEqual({
			kind: 'rules',
			text: 'pirmdiena–piektdiena 14:00–20:00; sestdiena, svētdiena 17:00–20:00'
		});
	});

	it('joins several rules with semicolons and listed days with commas', () => {
		const hours = 'Mo-Fr 14:00-20:00; Sa,Su 17:00-20:00';
		expect(formatOpeningHours(hours, 'en')).toEqual({
			kind: 'rules',
			text: 'Monday–Friday 14:00–20:00; Saturday, Sunday 17:00–20:00'
		});
		expect(formatOpeningHours(hours, 'de')).toEqual({
			kind: 'rules',
			text: 'Montag–Freitag 14:00–20:00; Samstag, Sonntag 17:00–20:00'
		});
		expect(formatOpeningHours(hours, 'pl')).toEqual({
			kind: 'rules',
			text: 'poniedziałek–piątek 14:00–20:00; sobota, niedziela 17:00–20:00'
		});
		expect(formatOpeningHours(hours, 'fi')).toEqual({
			kind: 'rules',
			text: 'maanantai–perjantai 14.00–20.00; lauantai, sunnuntai 17.00–20.00'
		});
	});

	it('maps every OSM day abbreviation to the right day', () => {
		expect(formatOpeningHours('Mo,Tu,We,Th,Fr,Sa,Su 10:00-12:00', 'en')).toEqual({
			kind: 'rules',
			text: 'Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday 10:00–12:00'
		});
		expect(formatOpeningHours('Mo,Tu,We,Th,Fr,Sa,Su 10:00-12:00', 'sv')).toEqual({
			kind: 'rules',
			text: 'måndag, tisdag, onsdag, torsdag, fredag, lördag, söndag 10:00–12:00'
		});
	});

	it('handles a single day, mixed ranges and lists, and minutes', () => {
		expect(formatOpeningHours('Su 09:30-17:45', 'en')).toEqual({
			kind: 'rules',
			text: 'Sunday 09:30–17:45'
		});
		expect(formatOpeningHours('Mo-We,Fr 08:05-16:00', 'de')).toEqual({
			kind: 'rules',
			text: 'Montag–Mittwoch, Freitag 08:05–16:00'
		});
	});

	it('shows anything outside the subset as written, trimmed', () => {
		for (const hours of [
			'sunrise-sunset',
			'Mo-Fr 9-17',
			'Mo-Fr 09:00-17:00, 18:00-20:00',
			'mo-fr 14:00-20:00',
			'Mo-Fr 14:00-20:00; PH off',
			'Mo-Fr 25:00-26:00',
			'Mo-Fr 14:60-20:00',
			'Monday 14:00-20:00',
			'open on weekdays'
		]) {
			expect(formatOpeningHours(hours, 'en'), hours).toEqual({ kind: 'raw', text: hours });
		}
		expect(formatOpeningHours('  sunrise-sunset \n', 'de')).toEqual({
			kind: 'raw',
			text: 'sunrise-sunset'
		});
	});

	it('shows the end of the day as 24:00', () => {
		// OSM writes the end of the day as 24:00; 20:00–00:00 reads as ending before it began
		expect(formatOpeningHours('Mo-Su 20:00-24:00', 'en')).toEqual({
			kind: 'rules',
			text: 'Monday–Sunday 20:00–24:00'
		});
	});

	it('shows times past 24:00 as written', () => {
		expect(formatOpeningHours('Mo-Fr 24:30-24:59', 'en')).toEqual({
			kind: 'raw',
			text: 'Mo-Fr 24:30-24:59'
		});
	});
});
