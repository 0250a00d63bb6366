import fc from 'fast-check';
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { IDENTITY_RULES, writtenForms } from '../../../src/lib/server/screening/identity-numbers.ts';

const rule = (id: string) => {
	const found = IDENTITY_RULES.find((candidate) => candidate.id === id);
	if (!found) throw new Error(`no rule ${id}`);
	return found;
};

/** A fixed pseudo-random sequence (mulberry32), so that failures can be replayed. */
function seeded(seed: number): () => number {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** The candidates `pattern` finds in `text` that `validate` confirms. */
const confirmed = (id: string, text: string) => [...text.matchAll(rule(id).pattern)].map((m) => m[0]).filter((found) => rule(id).validate(found));

const compact = (value: string) => value.replace(/[-+ ]/g, '');

const ALL_IDS = [
	'DK-CPR',
	'EE-isikukood',
	'FI-henkilotunnus',
	'DE-steuer-idnr',
	'IS-kennitala',
	'LV-personas-kods',
	'LT-asmens-kodas',
	'NO-fodselsnummer',
	'NO-d-nummer',
	'PL-pesel',
	'SE-personnummer',
	'SE-samordningsnummer',
	'RU-snils',
	'RU-inn'
];

describe('the rules', () => {
	it('are one per kind of number, each with a global pattern', () => {
		expect(IDENTITY_RULES.map((r) => r.id)).toEqual(ALL_IDS);
		for (const r of IDENTITY_RULES) {
			expect(r.pattern.flags, r.id).toContain('g');
			expect(r.country, r.id).toBe(r.id.slice(0, 2));
		}
		expect(rule('FI-henkilotunnus').pattern.flags).toContain('i');
	});

	it('have patterns that recheck finds safe from ReDoS', () => {
		for (const r of IDENTITY_RULES) {
			const result = checkSync(r.pattern.source, r.pattern.flags);
			expect(result.status, `${r.id}: ${r.pattern.source}`).toBe('safe');
		}
	});
});

// Numbers published as examples by the issuing authority or a well-known reference, not made
// with this module: an error in the module cannot agree with itself here.
describe('published example numbers', () => {
	const valid: [string, string, string][] = [
		['DK-CPR', '070761-4285', 'widely quoted CPR example; passes the old modulus 11 too'],
		['EE-isikukood', '37605030299', 'python-stdnum ee.ik'],
		['EE-isikukood', '60001019906', 'SK ID Solutions test ID card'],
		['EE-isikukood', '38001085718', 'SK ID Solutions test ID card'],
		['FI-henkilotunnus', '131052-308T', 'DVV'],
		['FI-henkilotunnus', '010594Y9032', 'DVV, century signs of 2023'],
		['FI-henkilotunnus', '020594X903P', 'DVV, century signs of 2023'],
		['FI-henkilotunnus', '010516B903X', 'DVV, century signs of 2023'],
		['FI-henkilotunnus', '010516A902W', 'DVV, century signs of 2023'],
		['DE-steuer-idnr', '36 574 261 809', 'python-stdnum de.idnr'],
		['DE-steuer-idnr', '12345678995', 'kryptografie.de worked example'],
		['IS-kennitala', '120174-3399', 'Þjóðskrá'],
		['LV-personas-kods', '161175-19997', 'python-stdnum lv.pvn'],
		['LV-personas-kods', '061193-06460', 'personal-code (Java) tests: check 10 written 0'],
		['LV-personas-kods', '32073120115', 'personal-code (Java) tests, form of 2017'],
		['LT-asmens-kodas', '33309240064', 'lt.wikipedia, python-stdnum lt.asmens'],
		['NO-fodselsnummer', '15108695088', 'python-stdnum no.fodselsnummer'],
		['PL-pesel', '44051401359', 'Wikipedia'],
		['PL-pesel', '02070803628', 'pl.wikipedia'],
		['SE-personnummer', '811218-9876', 'Skatteverket'],
		['SE-personnummer', '19811218-9876', 'Skatteverket, 12 digits'],
		['SE-samordningsnummer', '701063-2391', 'Skatteverket'],
		['RU-snils', '112-233-445 95', 'ПФР example'],
		['RU-inn', '500100732259', 'widely used example of a personal ИНН']
	];
	for (const [id, number, source] of valid) {
		it(`${id} ${number} (${source}) is valid and found`, () => {
			expect(rule(id).validate(number)).toBe(true);
			expect(confirmed(id, `Nummer: ${number}.`)).toEqual([number]);
		});
	}

	const invalid: [string, string, string][] = [
		['LT-asmens-kodas', '33309240164', 'python-stdnum: wrong check digit'],
		['DE-steuer-idnr', '36574261890', 'python-stdnum: wrong check digit'],
		['DE-steuer-idnr', '36554266806', 'python-stdnum: two digits repeated'],
		['LV-personas-kods', '161375-19997', 'python-stdnum: month 13'],
		['NO-fodselsnummer', '15108695077', 'python-stdnum: wrong check digits'],
		['SE-personnummer', '811218-9877', 'wrong check digit'],
		['FI-henkilotunnus', '131052-308U', 'wrong check character'],
		['RU-snils', '112-233-445 96', 'wrong control number'],
		['RU-inn', '7830002293', 'a 10-digit organisation ИНН: deliberately not this rule'],
		['IS-kennitala', '520174-3399', 'a company (day + 40): deliberately excluded']
	];
	for (const [id, number, reason] of invalid) {
		it(`${id} ${number} is not valid (${reason})`, () => {
			expect(rule(id).validate(number)).toBe(false);
		});
	}
});

describe('dates, centuries and leap years', () => {
	/** How many of the variants, one per possible last character, are valid. */
	const validVariants = (id: string, body: string, alphabet = '0123456789') => [...alphabet].filter((last) => rule(id).validate(body + last)).length;
	const FI_ALPHABET = '0123456789ABCDEFHJKLMNPRSTUVWXY';

	it('DK: the 7th digit and the year give the century (no check digit)', () => {
		const dk = rule('DK-CPR');
		expect(dk.validate('290200-4000')).toBe(true); // 4, year 00–36: 2000, a leap year
		expect(dk.validate('290200-1000')).toBe(false); // 0–3: 1900, not a leap year
		expect(dk.validate('290200-9123')).toBe(true); // 9, 00–36: 2000
		expect(dk.validate('290260-5000')).toBe(true); // 5–8, 58–99: 1860, a leap year
		expect(dk.validate('290201-4000')).toBe(false); // 2001
		expect(dk.validate('310424-1234')).toBe(false); // 31 April
		expect(dk.validate('001224-1234')).toBe(false); // day 0
		expect(dk.validate('011324-1234')).toBe(false); // month 13
	});

	it('a 29 February is valid only in a leap year, whatever the check digit', () => {
		// 2000 is a leap year; 1900, 2001, 1800, 2100 and 2200 are not
		expect(validVariants('PL-pesel', '0022291234')).toBe(1);
		for (const body of ['0002291234', '0122291234', '0082291234', '0042291234', '0062291234']) expect(validVariants('PL-pesel', body), body).toBe(0);
		expect(validVariants('EE-isikukood', '5000229123')).toBe(1);
		expect(validVariants('EE-isikukood', '3000229123')).toBe(0);
		expect(validVariants('LT-asmens-kodas', '6000229123')).toBe(1);
		expect(validVariants('LT-asmens-kodas', '4000229123')).toBe(0);
		expect(validVariants('FI-henkilotunnus', '290200A123', FI_ALPHABET)).toBe(1);
		expect(validVariants('FI-henkilotunnus', '290200-123', FI_ALPHABET)).toBe(0);
		expect(validVariants('FI-henkilotunnus', '290200Y123', FI_ALPHABET)).toBe(0);
		expect(validVariants('SE-personnummer', '20000229123')).toBe(1);
		expect(validVariants('SE-personnummer', '19000229123')).toBe(0);
		expect(validVariants('SE-personnummer', '000229-123')).toBe(1); // 2000 fits
		expect(validVariants('SE-samordningsnummer', '000289-123')).toBe(1);
		expect(validVariants('SE-personnummer', '010229-123')).toBe(0);
		expect(validVariants('LV-personas-kods', '290200-2123')).toBe(1);
		expect(validVariants('LV-personas-kods', '290200-1123')).toBe(0);
		// Iceland's century is the last digit, after the check digit: 0 is 2000, 9 is 1900
		// (3·2 + 2·9 + 7·0 + 6·2 + 5·0 + 4·0 + 3·2 + 2·0 = 42, remainder 9, check digit 2)
		expect(rule('IS-kennitala').validate('290200-2020')).toBe(true);
		expect(rule('IS-kennitala').validate('290200-2029')).toBe(false);
		// a 12-digit Swedish number is of the 1800s, 1900s or 2000s
		expect(rule('SE-personnummer').validate('17811218-9876')).toBe(false);
		expect(rule('SE-personnummer').validate('21811218-9876')).toBe(false);
	});

	it('LT: a code starting with 9 is confirmed by its check digit alone; not so in Estonia', () => {
		expect(validVariants('LT-asmens-kodas', '9001399123')).toBe(1); // "month 13"
		expect(validVariants('EE-isikukood', '9001399123')).toBe(0);
		expect(validVariants('LT-asmens-kodas', '7001019123')).toBe(0); // 7 and 8: Estonia only
		expect(validVariants('EE-isikukood', '7001019123')).toBe(1); // 2100
	});

	it('NO: the individual number gives the century', () => {
		/** Valid numbers among the 100 check-digit pairs of each body. */
		const valid = (id: string, date: string, individuals: number[]) =>
			individuals.flatMap((individual) => [...Array(100).keys()].map((k) => `${date}${String(individual).padStart(3, '0')}${String(k).padStart(2, '0')}`)).filter((n) => rule(id).validate(n)).length;
		const range = (from: number, count: number) => [...Array(count).keys()].map((i) => from + i);
		expect(valid('NO-fodselsnummer', '290200', range(0, 10))).toBe(0); // 000–499: 1900, no 29 February
		expect(valid('NO-fodselsnummer', '290200', range(500, 10))).toBeGreaterThan(0); // 500–999 with 00–39: 2000
		expect(valid('NO-fodselsnummer', '290200', range(950, 10))).toBeGreaterThan(0); // likewise
		expect(valid('NO-fodselsnummer', '010150', range(600, 10))).toBe(0); // 500–749 with 40–53: no century
		expect(valid('NO-fodselsnummer', '010150', range(800, 10))).toBe(0); // 750–899 with 40–99: none
		expect(valid('NO-fodselsnummer', '290260', range(600, 10))).toBeGreaterThan(0); // 500–749 with 54–99: 1860
		expect(valid('NO-fodselsnummer', '290261', range(600, 10))).toBe(0); // 1861
		expect(valid('NO-fodselsnummer', '010150', range(950, 10))).toBeGreaterThan(0); // 900–999 with 40–99: 1950
		expect(valid('NO-d-nummer', '690200', range(500, 10))).toBeGreaterThan(0); // 29 + 40
		expect(valid('NO-d-nummer', '690200', range(0, 10))).toBe(0);
		expect(rule('NO-d-nummer').validate('15108695088')).toBe(false);
		expect(rule('NO-fodselsnummer').validate('55108695088')).toBe(false);
	});

	it('IS and NO: a body whose check digit would be 10 is never valid', () => {
		// 3·0 + 2·1 + 7·0 + 6·1 + 5·0 + 4·0 + 3·0 + 2·2 = 12, remainder 1, 11 − 1 = 10
		for (const digit of '0123456789') expect(rule('IS-kennitala').validate(`010100-02${digit}9`)).toBe(false);
		// K1: 3·0 + 7·1 + 6·0 + 1·1 + 8·0 + 9·0 + 4·0 + 5·0 + 2·2 = 12, remainder 1, 11 − 1 = 10
		for (let k = 0; k < 100; k++) expect(rule('NO-fodselsnummer').validate(`010100002${String(k).padStart(2, '0')}`)).toBe(false);
	});

	it('RU: SNILS numbers up to 001-001-998 carry no control number', () => {
		const snils = rule('RU-snils');
		expect(snils.validate('001-001-998 00')).toBe(true);
		expect(snils.validate('001-001-999 65')).toBe(true); // 7 + 4 + 27 + 18 + 9 = 65
		expect(snils.validate('001-001-999 64')).toBe(false);
	});

	it('LV: the form of 2017 starts with 3 and a digit 2–9, and has no date', () => {
		const lv = rule('LV-personas-kods');
		expect(lv.validate('320000-00001')).toBe(true);
		expect(lv.validate('39123456789')).toBe(true);
		expect(lv.validate('3112345678')).toBe(false); // 10 digits
	});
});

describe('generated numbers', () => {
	const SENTENCES = [(n: string) => `My number is ${n}.`, (n: string) => `(${n})`, (n: string) => `${n} is mine`, (n: string) => `nr:${n}, ok`];

	for (const id of ALL_IDS) {
		it(`${id}: 200 are valid and found in every written form`, () => {
			const r = rule(id);
			const random = seeded(id.length * 7919 + id.charCodeAt(0));
			for (let i = 0; i < 200; i++) {
				const value = r.generate(random);
				expect(r.validate(value), value).toBe(true);
				const forms = writtenForms(id, value);
				expect(forms, value).toContain(value);
				for (const form of forms) {
					expect(r.validate(form), form).toBe(true);
					for (const sentence of SENTENCES) {
						const text = sentence(form);
						expect(confirmed(id, text), text).toEqual([form]);
					}
					// never a piece of a longer run of digits
					const padded = `7${form}7`;
					for (const found of padded.matchAll(r.pattern)) {
						const end = found.index + found[0].length;
						expect(/\d/.test(padded[found.index - 1] ?? '') || /\d/.test(padded[end] ?? ''), `${found[0]} in ${padded}`).toBe(false);
					}
				}
			}
		});

		it(`${id}: a changed check digit (for DK, an impossible date) is not valid`, () => {
			const r = rule(id);
			const random = seeded(id.length * 104729);
			for (let i = 0; i < 200; i++) {
				const generated = r.generate(random);
				// the Finnish century sign is part of the number, not a separator
				const value = id === 'FI-henkilotunnus' ? generated : compact(generated);
				if (id === 'DK-CPR') {
					expect(r.validate(`${value.slice(0, 2)}13${value.slice(4)}`), value).toBe(false);
					expect(r.validate(`32${value.slice(2)}`), value).toBe(false);
					continue;
				}
				if (id === 'LV-personas-kods' && /^3[2-9]/.test(value)) continue; // no check digit
				const positions = { 'IS-kennitala': [8], 'NO-fodselsnummer': [9, 10], 'NO-d-nummer': [9, 10], 'RU-snils': [9, 10], 'RU-inn': [10, 11] }[id] ?? [value.length - 1];
				const alphabet = id === 'FI-henkilotunnus' ? '0123456789ABCDEFHJKLMNPRSTUVWXY' : '0123456789';
				for (const position of positions) {
					for (const replacement of alphabet) {
						if (replacement === value[position]) continue;
						const changed = value.slice(0, position) + replacement + value.slice(position + 1);
						expect(r.validate(changed), changed).toBe(false);
					}
				}
			}
		});
	}

	it('use only the random function given', () => {
		for (const r of IDENTITY_RULES) {
			expect(r.generate(seeded(42)), r.id).toBe(r.generate(seeded(42)));
			for (const constant of [0, 0.5, 0.9999999]) {
				const value = r.generate(() => constant);
				expect(r.validate(value), `${r.id} with ${constant}: ${value}`).toBe(true);
			}
		}
	});

	it('have birth dates between 1930 and 2025', () => {
		const random = seeded(1930);
		for (let i = 0; i < 200; i++) {
			const [, year] = /^(\d{4})/.exec(writtenForms('SE-personnummer', rule('SE-personnummer').generate(random)).at(-1)!)!;
			expect(Number(year)).toBeGreaterThanOrEqual(1930);
			expect(Number(year)).toBeLessThanOrEqual(2025);
		}
	});
});

describe('written forms', () => {
	it('are every form the country writes', () => {
		expect(writtenForms('SE-personnummer', '19811218-9876')).toEqual(['811218-9876', '8112189876', '811218 9876', '198112189876', '19811218-9876', '19811218 9876']);
		expect(writtenForms('DE-steuer-idnr', '36574261809')).toEqual(['36574261809', '36 574 261 809']);
		expect(writtenForms('RU-snils', '11223344595')).toEqual(['112-233-445 95', '112-233-445-95', '112 233 445 95', '11223344595']);
		expect(writtenForms('IS-kennitala', '1201743399')).toEqual(['120174-3399', '1201743399', '120174 3399']);
		expect(writtenForms('FI-henkilotunnus', '131052-308t')).toEqual(['131052-308T']);
	});

	it('are none for an invalid number or an unknown rule', () => {
		expect(writtenForms('SE-personnummer', '811218-9877')).toEqual([]);
		expect(writtenForms('XX-unknown', '811218-9876')).toEqual([]);
	});

	it('FI: letters are matched in either case', () => {
		expect(confirmed('FI-henkilotunnus', 'hetu 131052-308t ja 010516b903x.')).toEqual(['131052-308t', '010516b903x']);
	});
});

describe('ordinary numbers', () => {
	const ordinary = [
		'In 2024 we had 150 pupils and 12 teachers.',
		'The ticket costs 12.50 € and the bus leaves at 14:30.',
		'On 12.03.2024 we went to the museum, and on 1.5. we had a holiday.',
		'From 2019 to 2024, 3-4 times a week, 10 000 steps a day.',
		'Dates: 12/03/2024, 2024-03-12, 12.03.24, 120324.',
		'Our school has 1200 pupils, 85 teachers and room 101; the score was 3:1.',
		'Between 1930 and 2025 the town grew from 15 000 to 120 000 people.',
		'Call 112 in an emergency. Postcode 00100.'
	];
	for (const text of ordinary) {
		it(`are not identity numbers: ${text}`, () => {
			for (const id of ALL_IDS) expect(confirmed(id, text), id).toEqual([]);
		});
	}
});

describe('validate', () => {
	it('answers false and never throws for any string', () => {
		const shaped = fc.stringMatching(/^[0-9 +\-A-Za-z]{0,20}$/);
		fc.assert(
			fc.property(fc.oneof(fc.string({ maxLength: 40 }), shaped), (text) => {
				for (const r of IDENTITY_RULES) expect(typeof r.validate(text)).toBe('boolean');
			})
		);
		for (const r of IDENTITY_RULES) {
			for (const odd of ['', '-', '++', ' '.repeat(11), 'x'.repeat(100_000), '1'.repeat(100_000), '\u0000', '\uD800']) expect(r.validate(odd), r.id).toBe(false);
			expect(r.validate(undefined as unknown as string), r.id).toBe(false);
		}
	});
});
