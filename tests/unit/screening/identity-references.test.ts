import { describe, expect, it } from 'vitest';
import { screen } from '../../../src/lib/server/screening/index.ts';
import { LANGUAGE_OF, SENTENCE } from './running-text.ts';

// Issue #5, checked against an independent reference. The tests in identity-numbers.test.ts and
// screen.test.ts make their valid numbers with `rule.generate`, which shares its check-digit
// helpers with `validate`: a wrong algorithm would agree with itself there. Here every number
// is written out by hand, from a published example (the issuing authority's or a well-known
// one) or computed by hand from the authority's description, with the arithmetic in a comment;
// and the small checks below, written from the same descriptions without importing anything
// of the module, confirm each one. Then each number goes through screen() in running text of
// its country's language, in every form the country writes it, with that country as the
// participant's, and must come out as [id-number]; with a wrong check digit (the check digit
// itself, and a digit in the middle) as [number].

const digitsOf = (text: string) => [...text.replace(/\D/g, '')].map(Number);
const weighted = (digits: number[], weights: number[]) => weights.reduce((sum, weight, index) => sum + weight * digits[index], 0);
const isRealDate = (year: number, month: number, day: number) => {
	const date = new Date(Date.UTC(year, month - 1, day));
	return year >= 1800 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

/** Each kind of number's check, from its published description alone. */
const REFERENCE: Record<string, (written: string) => boolean> = {
	// CPR-kontoret: the date (century from the 7th digit); no check digit since 2007
	'DK-CPR': (written) => {
		const d = digitsOf(written);
		const yy = d[4] * 10 + d[5];
		const century = d[6] <= 3 ? 1900 : d[6] === 4 || d[6] === 9 ? (yy <= 36 ? 2000 : 1900) : yy <= 57 ? 2000 : 1800;
		return d.length === 10 && isRealDate(century + yy, d[2] * 10 + d[3], d[0] * 10 + d[1]);
	},
	// EVS 585: weights 1…9,1 mod 11; at 10, weights 3…9,1,2,3; at 10 again, 0
	'EE-isikukood': (written) => {
		const d = digitsOf(written);
		let check = weighted(d, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11;
		if (check === 10) check = weighted(d, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11;
		if (check === 10) check = 0;
		const year = 1800 + 100 * Math.floor((d[0] - 1) / 2) + d[1] * 10 + d[2];
		return d.length === 11 && isRealDate(year, d[3] * 10 + d[4], d[5] * 10 + d[6]) && check === d[10];
	},
	// DVV: DDMMYY, the century sign, three digits, and the remainder of the nine digits mod 31
	'FI-henkilotunnus': (written) => {
		const m = /^(\d{6})([-+A-FU-Y])(\d{3})(.)$/.exec(written);
		if (!m) return false;
		const century = m[2] === '+' ? 1800 : 'ABCDEF'.includes(m[2]) ? 2000 : 1900;
		const [dd, mm, yy] = [m[1].slice(0, 2), m[1].slice(2, 4), m[1].slice(4)].map(Number);
		return isRealDate(century + yy, mm, dd) && '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(m[1] + m[3]) % 31] === m[4];
	},
	// BZSt, ISO/IEC 7064 MOD 11,10 over the first ten digits
	'DE-steuer-idnr': (written) => {
		const d = digitsOf(written);
		let product = 10;
		for (const digit of d.slice(0, 10)) {
			const sum = (digit + product) % 10 || 10;
			product = (2 * sum) % 11;
		}
		return d.length === 11 && d[0] !== 0 && (11 - product) % 10 === d[10];
	},
	// Þjóðskrá: weights 3,2,7,6,5,4,3,2; 11 − remainder (11 → 0); then the century (9, 0, 8)
	'IS-kennitala': (written) => {
		const d = digitsOf(written);
		const check = (11 - (weighted(d, [3, 2, 7, 6, 5, 4, 3, 2]) % 11)) % 11;
		const century = { 8: 1800, 9: 1900, 0: 2000 }[d[9]];
		return d.length === 10 && century !== undefined && isRealDate(century + d[4] * 10 + d[5], d[2] * 10 + d[3], d[0] * 10 + d[1]) && check === d[8];
	},
	// PMLP: DDMMYY-CZZZQ, Q = (1101 − Σ weights 1,6,3,7,9,10,5,8,4,2) mod 11; from 2017 "32…" with no check
	'LV-personas-kods': (written) => {
		const d = digitsOf(written);
		if (d.length !== 11) return false;
		if (d[0] === 3 && d[1] >= 2) return true;
		const check = ((1101 - weighted(d, [1, 6, 3, 7, 9, 10, 5, 8, 4, 2])) % 11) % 10;
		return d[6] <= 2 && isRealDate(1800 + 100 * d[6] + d[4] * 10 + d[5], d[2] * 10 + d[3], d[0] * 10 + d[1]) && check === d[10];
	},
	// the same layout and check as Estonia
	'LT-asmens-kodas': (written) => REFERENCE['EE-isikukood'](written),
	// Skatteetaten: K1 weights 3,7,6,1,8,9,4,5,2; K2 5,4,3,2,7,6,5,4,3,2; 11 − remainder (11 → 0, 10 never)
	'NO-fodselsnummer': (written) => {
		const d = digitsOf(written);
		const k1 = (11 - (weighted(d, [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11)) % 11;
		const k2 = (11 - (weighted(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11)) % 11;
		return d.length === 11 && k1 === d[9] && k2 === d[10];
	},
	'NO-d-nummer': (written) => digitsOf(written)[0] >= 4 && REFERENCE['NO-fodselsnummer'](written),
	// PESEL: weights 1,3,7,9,1,3,7,9,1,3; (10 − sum mod 10) mod 10
	'PL-pesel': (written) => {
		const d = digitsOf(written);
		return d.length === 11 && (10 - (weighted(d, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10 === d[10];
	},
	// Skatteverket: Luhn over the ten digits YYMMDDNNNC
	'SE-personnummer': (written) => {
		const d = digitsOf(written).slice(-10);
		const sum = d.reduce((total, digit, index) => total + (index % 2 === 0 ? [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][digit] : digit), 0);
		return d.length === 10 && sum % 10 === 0;
	},
	'SE-samordningsnummer': (written) => digitsOf(written).slice(-10)[4] >= 6 && REFERENCE['SE-personnummer'](written),
	// ПФР: Σ weights 9…1; below 100 as is, 100 and 101 → 00, else mod 101 (and 100 → 00)
	'RU-snils': (written) => {
		const d = digitsOf(written);
		const sum = weighted(d, [9, 8, 7, 6, 5, 4, 3, 2, 1]);
		const check = sum < 100 ? sum : sum % 101 === 100 ? 0 : sum % 101;
		return d.length === 11 && check === d[9] * 10 + d[10];
	},
	// ФНС: 12 digits, two checks (weights 7,2,4,10,3,5,9,4,6,8 and 3,7,2,4,10,3,5,9,4,6,8), mod 11 mod 10
	'RU-inn': (written) => {
		const d = digitsOf(written);
		return (
			d.length === 12 &&
			(weighted(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10 === d[10] &&
			(weighted(d, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10 === d[11]
		);
	},
	// ФНС: the 10-digit ИНН of an organisation, weights 2,4,10,3,5,9,4,6,8
	'RU-inn-10': (written) => {
		const d = digitsOf(written);
		return d.length === 10 && (weighted(d, [2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10 === d[9];
	}
};

interface Example {
	kind: string;
	country: string;
	/** Every form the country writes it in; the first is the number as published. */
	forms: string[];
	source: string;
	/** Index, in the first form, of a digit in the middle that no date depends on (null: no check digit to break). */
	middle: number | null;
	/** Index of the check digit in the first form, where it is not the last character. */
	check?: number;
}

const EXAMPLES: Example[] = [
	// Denmark: no check digit; 7th digit 4 with year 61 → 1961, with year 12 → 2012
	{ kind: 'DK-CPR', country: 'DK', forms: ['070761-4285', '0707614285', '070761 4285'], source: 'widely quoted CPR example (also passes the old modulus 11: 0·4+7·3+0·2+7·7+6·6+1·5+4·4+2·3+8·2+5·1 = 154 = 14·11)', middle: null },
	{ kind: 'DK-CPR', country: 'DK', forms: ['150612-4321', '1506124321', '150612 4321'], source: 'by hand: 15 June 2012, 7th digit 4', middle: null },
	// Estonia: 3·1+7·2+6·3+0·4+5·5+0·6+3·7+0·8+2·9+9·1 = 108, 108 mod 11 = 9
	{ kind: 'EE-isikukood', country: 'EE', forms: ['37605030299'], source: 'python-stdnum ee.ik; 108 mod 11 = 9', middle: 8 },
	// 6+0+0+0+5+0+7+72+81+0 = 171, 171 mod 11 = 6
	{ kind: 'EE-isikukood', country: 'EE', forms: ['60001019906'], source: 'SK ID Solutions test ID card; 171 mod 11 = 6', middle: 8 },
	// 3+16+0+0+5+0+56+40+63+1 = 184, 184 mod 11 = 8
	{ kind: 'EE-isikukood', country: 'EE', forms: ['38001085718'], source: 'SK ID Solutions test ID card; 184 mod 11 = 8', middle: 8 },
	// Finland: 131052308 mod 31 = 25 → T; the 2023 signs: 010594903 mod 31 = 2, 010594902 → 1, 020594903 → 22 (P), 010516903 → 29 (X), 010516902 → 28 (W)
	{ kind: 'FI-henkilotunnus', country: 'FI', forms: ['131052-308T'], source: 'DVV', middle: 8 },
	{ kind: 'FI-henkilotunnus', country: 'FI', forms: ['010594Y9032'], source: 'DVV, century sign Y of 2023', middle: 8 },
	{ kind: 'FI-henkilotunnus', country: 'FI', forms: ['010594Y9021'], source: 'DVV, century sign Y of 2023', middle: 8 },
	{ kind: 'FI-henkilotunnus', country: 'FI', forms: ['020594X903P'], source: 'DVV, century sign X of 2023', middle: 8 },
	{ kind: 'FI-henkilotunnus', country: 'FI', forms: ['010516B903X'], source: 'DVV, century sign B of 2023', middle: 8 },
	{ kind: 'FI-henkilotunnus', country: 'FI', forms: ['010516A902W'], source: 'DVV', middle: 8 },
	// Germany, MOD 11,10 by hand: products 6,4,7,8,4,1,3,8,1,2 → 11 − 2 = 9
	{ kind: 'DE-steuer-idnr', country: 'DE', forms: ['36574261809', '36 574 261 809'], source: 'python-stdnum de.idnr', middle: 5 },
	// products 2,8,2,1,1,3,9,3,4,6 → 11 − 6 = 5
	{ kind: 'DE-steuer-idnr', country: 'DE', forms: ['12345678995', '12 345 678 995'], source: 'worked example of MOD 11,10', middle: 5 },
	// Iceland: 3+4+0+6+35+16+9+6 = 79, 79 mod 11 = 2, 11 − 2 = 9; century 9
	{ kind: 'IS-kennitala', country: 'IS', forms: ['120174-3399', '1201743399', '120174 3399'], source: 'Þjóðskrá', middle: 7, check: 9 },
	// 3+10+0+30+5+0+6+6 = 60, 60 mod 11 = 5, 11 − 5 = 6; century 0 (2010)
	{ kind: 'IS-kennitala', country: 'IS', forms: ['150510-2360', '1505102360', '150510 2360'], source: 'by hand: 15 May 2010', middle: 7, check: 9 },
	// Latvia: 1+36+3+7+63+50+5+72+36+18 = 291, (1101 − 291) mod 11 = 810 mod 11 = 7
	{ kind: 'LV-personas-kods', country: 'LV', forms: ['161175-19997', '16117519997', '161175 19997'], source: 'python-stdnum lv.pvn', middle: 8 },
	// 1+30+0+35+9+0+10+8+8+6 = 107, (1101 − 107) mod 11 = 994 mod 11 = 4; century digit 2 (2010)
	{ kind: 'LV-personas-kods', country: 'LV', forms: ['150510-21234', '15051021234', '150510 21234'], source: 'by hand: 15 May 2010', middle: 8 },
	// the form of 2017: "32" and nine digits PMLP calls random, no check digit
	{ kind: 'LV-personas-kods', country: 'LV', forms: ['320731-20115', '32073120115', '320731 20115'], source: 'form of 2017 (PMLP): no check digit to change', middle: null },
	// Lithuania: first pass 109 mod 11 = 10; second 9+12+15+0+63+16+36+0+0+18 = 169, 169 mod 11 = 4
	{ kind: 'LT-asmens-kodas', country: 'LT', forms: ['33309240064'], source: 'lt.wikipedia, python-stdnum lt.asmens', middle: 8 },
	// 5+2+6+0+25+6+35+0+9+2 = 90, 90 mod 11 = 2 (a girl born 15 May 2012)
	{ kind: 'LT-asmens-kodas', country: 'LT', forms: ['51205150122'], source: 'by hand: 15 May 2012', middle: 8 },
	// Norway: K1 3+35+6+0+64+54+36+25+0 = 223, mod 11 = 3 → 8; K2 5+20+3+0+56+36+45+20+0+16 = 201, mod 11 = 3 → 8
	{ kind: 'NO-fodselsnummer', country: 'NO', forms: ['15108695088', '151086 95088', '151086-95088'], source: 'python-stdnum no.fodselsnummer', middle: 7 },
	// individual 512 with year 10 → 2010; K1 0+7+0+5+8+0+20+5+4 = 49 → 6; K2 0+4+0+10+7+0+25+4+6+12 = 68 → 9
	{ kind: 'NO-fodselsnummer', country: 'NO', forms: ['01051051269', '010510 51269', '010510-51269'], source: 'by hand: 1 May 2010', middle: 7 },
	// D-number: day 15 + 40; K1 15+35+6+0+64+54+36+25+0 = 235, mod 11 = 4 → 7; K2 25+20+3+0+56+36+45+20+0+14 = 219, mod 11 = 10 → 1
	{ kind: 'NO-d-nummer', country: 'NO', forms: ['55108695071', '551086 95071', '551086-95071'], source: 'by hand: D-number of 15.10.1986', middle: 7 },
	// Poland: 4+12+0+45+1+12+0+9+3+15 = 101 → 9
	{ kind: 'PL-pesel', country: 'PL', forms: ['44051401359'], source: 'Wikipedia', middle: 7 },
	// 0+6+0+63+0+24+0+27+6+6 = 132 → 8
	{ kind: 'PL-pesel', country: 'PL', forms: ['02070803628'], source: 'pl.wikipedia', middle: 7 },
	// 15 March 2012 (month 03 + 20): 1+6+14+27+1+15+0+9+2+9 = 84 → 6
	{ kind: 'PL-pesel', country: 'PL', forms: ['12231501236'], source: 'by hand: 15 March 2012', middle: 7 },
	// Sweden, Luhn: 16→7,1,2,2,2,8,18→9,8,14→5 = 44 → 6
	{ kind: 'SE-personnummer', country: 'SE', forms: ['811218-9876', '8112189876', '811218 9876', '19811218-9876', '198112189876', '19811218 9876'], source: 'Skatteverket, SKV 704', middle: 7 },
	// Tolvan Tolvansson, the test number used across Swedish systems: 2+2+2+2+2+2+2+2+2 = 18 → 2 (read as 2012 with "-")
	{ kind: 'SE-personnummer', country: 'SE', forms: ['121212-1212', '1212121212', '121212 1212', '20121212-1212', '201212121212', '20121212 1212'], source: 'the well-known Swedish test number of “Tolvan Tolvansson”', middle: 7 },
	// 17 May 2012: 2,2,0,5,2,7,2,2,6 = 28 → 2
	{ kind: 'SE-personnummer', country: 'SE', forms: ['120517-1232', '1205171232', '120517 1232', '20120517-1232', '201205171232', '20120517 1232'], source: 'by hand: 17 May 2012', middle: 7 },
	// samordningsnummer, day 10 + 60: 14→5,0,2,0,12→3,3,4,3,18→9 = 29 → 1
	{ kind: 'SE-samordningsnummer', country: 'SE', forms: ['701063-2391', '7010632391', '701063 2391', '19701063-2391', '197010632391', '19701063 2391'], source: 'Skatteverket, SKV 707', middle: 7 },
	// Russia, SNILS: 9+8+14+12+15+12+12+8+5 = 95
	{ kind: 'RU-snils', country: 'RU', forms: ['112-233-445 95', '112-233-445-95', '112 233 445 95', '11223344595'], source: 'ПФР example', middle: 4 },
	// 0+64+49+36+25+16+9+0+3 = 202, 202 mod 101 = 0 → 00
	{ kind: 'RU-snils', country: 'RU', forms: ['087-654-303 00', '087-654-303-00', '087 654 303 00', '08765430300'], source: 'by hand: a sum above 101', middle: 4 },
	// ИНН: 35+0+0+10+0+0+63+12+12+16 = 148, mod 11 = 5; 15+0+0+4+0+0+35+27+8+12+40 = 141, mod 11 = 9
	{ kind: 'RU-inn', country: 'RU', forms: ['500100732259'], source: 'widely used example of a personal ИНН', middle: 6 }
];

/** The country's language, and a sentence of it to write the number in. */

function screenIn(country: string, written: string) {
	const language = LANGUAGE_OF[country];
	const [before, after] = SENTENCE[language];
	return { result: screen(`${before} ${written}, ${after}`, { language, country }), redacted: (marker: string) => `${before} ${marker}, ${after}` };
}

/** The number with the character at `index` changed (a digit to the next, a letter to another). */
function changed(written: string, index: number): string {
	const character = written[index];
	const replacement = /\d/.test(character) ? String((Number(character) + 1) % 10) : character === 'A' ? 'B' : 'A';
	return written.slice(0, index) + replacement + written.slice(index + 1);
}

/** The same change in every written form: counted from the end, the forms have the same digits (a Swedish 12-digit form adds the century in front). */
function changedForms(example: Example, index: number): string[] {
	const isSymbol = (character: string) => /[\dA-Z]/i.test(character);
	const first = example.forms[0];
	const fromEnd = [...first.slice(index + 1)].filter(isSymbol).length;
	return example.forms.map((form) => {
		let at = form.length;
		for (let seen = -1; seen < fromEnd; ) if (isSymbol(form[--at])) seen++;
		return changed(form, at);
	});
}

describe('published and hand-computed identity numbers', () => {
	for (const example of EXAMPLES) {
		describe(`${example.kind} ${example.forms[0]} (${example.source})`, () => {
			it('passes the independent check in every written form', () => {
				for (const form of example.forms) expect(REFERENCE[example.kind](form), form).toBe(true);
			});

			it(`is redacted as [id-number] in ${LANGUAGE_OF[example.country]} running text, in every written form`, () => {
				for (const form of example.forms) {
					const { result, redacted } = screenIn(example.country, form);
					expect(result.text, form).toBe(redacted('[id-number]'));
					expect(result.redactions.some((redaction) => redaction.kind === 'id-number'), form).toBe(true);
				}
			});

			// Iceland's last digit is the century, after the check digit
			const check = example.check ?? example.forms[0].length - 1;
			const positions = example.middle === null ? [] : [check, example.middle];
			for (const position of positions) {
				it(`with a wrong ${position === check ? 'check' : 'middle'} digit is redacted as [number]`, () => {
					for (const form of changedForms(example, position)) {
						// the change breaks the check: the reference says so before screen() is asked
						expect(REFERENCE[example.kind](form), form).toBe(false);
						const { result, redacted } = screenIn(example.country, form);
						expect(result.text, form).toBe(redacted('[number]'));
					}
				});
			}
		});
	}

	it('DK: an impossible date (month 13) is redacted as [number]', () => {
		for (const form of ['071361-4285', '0713614285', '071361 4285']) {
			expect(REFERENCE['DK-CPR'](form)).toBe(false);
			const screened = screenIn('DK', form);
			expect(screened.result.text).toBe(screened.redacted('[number]'));
		}
	});

	it('RU: the 10-digit ИНН of an organisation is redacted, as [number]: it names no child (identity-numbers.ts)', () => {
		// 14+32+30+0+0+0+8+12+72 = 168, 168 mod 11 = 3
		expect(REFERENCE['RU-inn-10']('7830002293')).toBe(true);
		expect(screenIn('RU', '7830002293').result.text).toBe('Мой номер [number], только никому не говори.');
	});

	it('covers every kind of number screening knows', () => {
		expect(new Set(EXAMPLES.map((example) => example.kind))).toEqual(new Set(Object.keys(REFERENCE).filter((kind) => kind !== 'RU-inn-10')));
	});
});
