import type { IdentityRule } from './types.ts';

/**
 * National identity numbers of the Baltic Sea region, one rule per kind of number.
 *
 * Patterns read normalised text (normalise.ts): every dash is `-` and every space is ` ` by
 * then, so separators here are only those two. Each pattern is bounded by digits on both sides
 * (`(?<!\d)` … `(?!\d)`), so it never takes a piece out of a longer run of digits, and has no
 * repeated group and no overlapping alternatives: the only choice points are an optional
 * separator and, for Sweden, an optional century, a bounded amount of backtracking, so matching
 * is linear in the length of the text (the tests run recheck on every pattern). The patterns are loose
 * about dates on purpose; `validate` confirms a candidate by its calendar date (leap years
 * included) and check digits.
 *
 * Several forms coincide across countries (an Estonian isikukood is also a valid-looking
 * Lithuanian asmens kodas, a Danish CPR number is confirmed by its date alone, so most dated
 * 10-digit numbers of the other countries are valid CPR numbers too). A candidate may therefore
 * be confirmed by more than one rule; the category is a label, the redaction is the same.
 *
 * Patterns carry the global flag and therefore `lastIndex`: callers reset it or use `matchAll`.
 */

type Random = () => number;

// ---------------------------------------------------------------------------------------------
// Shared helpers

/** Separators people write inside a number, after normalisation. */
const SEPARATORS = /[- ]/g;

const strip = (candidate: string) => candidate.replace(SEPARATORS, '');

const isDigits = (text: string, length: number) => text.length === length && /^\d+$/.test(text);

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

const isLeapYear = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

function daysInMonth(year: number, month: number): number {
	if (month === 2) return isLeapYear(year) ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A real calendar date (proleptic Gregorian, which is what every register here uses). */
function isDate(year: number, month: number, day: number): boolean {
	return Number.isInteger(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function weightedSum(digits: string, weights: readonly number[]): number {
	let sum = 0;
	for (let i = 0; i < weights.length; i++) sum += (digits.charCodeAt(i) - 48) * weights[i];
	return sum;
}

/** The common "11 minus remainder" check digit: 11 → 0, and 10 means no valid number. */
function elevenMinus(digits: string, weights: readonly number[]): number | null {
	const remainder = weightedSum(digits, weights) % 11;
	const check = remainder === 0 ? 0 : 11 - remainder;
	return check === 10 ? null : check;
}

function luhnCheckDigit(body: string): number {
	let sum = 0;
	for (let i = 0; i < body.length; i++) {
		// doubled: every other digit counting from the right of the body
		let digit = body.charCodeAt(body.length - 1 - i) - 48;
		if (i % 2 === 0) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
		sum += digit;
	}
	return (10 - (sum % 10)) % 10;
}

/** An integer in [min, max], from `random` alone; safe when `random` strays to 1 or beyond. */
function randomInt(random: Random, min: number, max: number): number {
	const value = min + Math.floor(random() * (max - min + 1));
	return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : min;
}

const pick = <T>(random: Random, items: readonly T[]): T => items[randomInt(random, 0, items.length - 1)];

const randomDigits = (random: Random, count: number) => Array.from({ length: count }, () => randomInt(random, 0, 9)).join('');

/** A birth date between 1 January `from` and 31 December `to`. */
function randomDate(random: Random, from = 1930, to = 2025): { year: number; month: number; day: number } {
	const year = randomInt(random, from, to);
	const month = randomInt(random, 1, 12);
	return { year, month, day: randomInt(random, 1, daysInMonth(year, month)) };
}

/**
 * Tries serial numbers from a random start, stepping through [min, max], until `complete`
 * gives a whole number (null when that serial yields a check digit of 10). Stepping rather than
 * drawing again keeps generation finite whatever `random` returns.
 */
function withSerial(random: Random, min: number, max: number, complete: (serial: number) => string | null): string {
	const size = max - min + 1;
	const start = randomInt(random, 0, size - 1);
	for (let step = 0; step < size; step++) {
		const number = complete(min + ((start + step) % size));
		if (number !== null) return number;
	}
	throw new Error('no serial number gives a valid check digit'); // unreachable for these rules
}

/** Date then rest, joined by each of the given separators. */
const joined = (head: string, tail: string, separators: readonly string[]) => separators.map((separator) => head + separator + tail);

interface Rule extends IdentityRule {
	/** Every written form of a valid number (given in any of them), as `pattern` finds them. */
	forms(candidate: string): string[];
}

// ---------------------------------------------------------------------------------------------
// Denmark

/**
 * DK CPR-nummer, DDMMYY-SSSS. Source: CPR-kontoret, "Personnummeret i CPR-systemet" (century
 * table by 7th digit and year). The modulus-11 check was given up for numbers issued from
 * 1 October 2007, so a valid CPR number need not pass it: confirmed here by its date alone.
 * (Of the century only 29 February of a year 00 depends on it: 1900 and 1800 are not leap
 * years, 2000 is.)
 */
function cprYear(yy: number, seventh: number): number {
	if (seventh <= 3) return 1900 + yy;
	if (seventh === 4 || seventh === 9) return (yy <= 36 ? 2000 : 1900) + yy;
	return (yy <= 57 ? 2000 : 1800) + yy; // 5–8
}

const DK_CPR: Rule = {
	id: 'DK-CPR',
	country: 'DK',
	pattern: /(?<!\d)[0-3]\d[01]\d{3}[- ]?\d{4}(?!\d)/g,
	validate(candidate) {
		const digits = strip(candidate);
		if (!isDigits(digits, 10)) return false;
		const yy = Number(digits.slice(4, 6));
		return isDate(cprYear(yy, Number(digits[6])), Number(digits.slice(2, 4)), Number(digits.slice(0, 2)));
	},
	generate(random) {
		const { year, month, day } = randomDate(random);
		const yy = year % 100;
		// 2000–2025: 4–9 all read as 20YY; 1900s: 0–3, and 4 or 9 from 1937
		const sevenths = year >= 2000 ? [4, 5, 6, 7, 8, 9] : yy >= 37 ? [0, 1, 2, 3, 4, 9] : [0, 1, 2, 3];
		const digits = `${pad(day)}${pad(month)}${pad(yy)}${pick(random, sevenths)}${randomDigits(random, 3)}`;
		return pick(random, this.forms(digits));
	},
	forms(candidate) {
		const digits = strip(candidate);
		// the official form has the dash; a space is what people type instead
		return joined(digits.slice(0, 6), digits.slice(6), ['-', '', ' ']);
	}
};

// ---------------------------------------------------------------------------------------------
// Estonia and Lithuania: G YYMMDD SSS C

/**
 * Check digit of EE isikukood and LT asmens kodas: weights 1–9,1, remainder mod 11; a
 * remainder of 10 is tried again with 3–9,1,2,3; a second 10 gives 0.
 */
function balticCheckDigit(digits: string): number {
	const first = weightedSum(digits, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11;
	if (first < 10) return first;
	const second = weightedSum(digits, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11;
	return second < 10 ? second : 0;
}

/** Century from the first digit: 1–2 1800s, 3–4 1900s, 5–6 2000s, 7–8 2100s (odd = male). */
function balticDateValid(digits: string): boolean {
	const century = 1800 + Math.floor((Number(digits[0]) - 1) / 2) * 100;
	return isDate(century + Number(digits.slice(1, 3)), Number(digits.slice(3, 5)), Number(digits.slice(5, 7)));
}

function balticGenerate(random: Random): string {
	const { year, month, day } = randomDate(random);
	const first = (Math.floor(year / 100) - 18) * 2 + randomInt(random, 1, 2);
	const body = `${first}${pad(year % 100)}${pad(month)}${pad(day)}${randomDigits(random, 3)}`;
	return body + balticCheckDigit(body);
}

/** EE isikukood. Source: Estonian standard EVS 585:2007 "Isikukood. Ülesehitus". */
const EE_ISIKUKOOD: Rule = {
	id: 'EE-isikukood',
	country: 'EE',
	pattern: /(?<!\d)[1-8]\d{10}(?!\d)/g,
	validate(candidate) {
		const digits = strip(candidate);
		if (!isDigits(digits, 11) || digits[0] < '1' || digits[0] > '8') return false;
		return balticDateValid(digits) && balticCheckDigit(digits) === Number(digits[10]);
	},
	generate: balticGenerate,
	forms: (candidate) => [strip(candidate)]
};

/**
 * LT asmens kodas. Source: Gyventojų registro įstatymas (asmens kodo sudarymas); same layout and
 * check digit as Estonia (python-stdnum's lt.asmens reuses ee.ik). Deliberate addition: a
 * first digit 9, given in exceptional cases without a usable birth date, is accepted on its
 * check digit alone (as python-stdnum does). Codes of elderly people with month or day 00 are
 * not recognised by this rule; as 11 digits they are still redacted as a plain number.
 */
const LT_ASMENS_KODAS: Rule = {
	id: 'LT-asmens-kodas',
	country: 'LT',
	pattern: /(?<!\d)[1-69]\d{10}(?!\d)/g,
	validate(candidate) {
		const digits = strip(candidate);
		if (!isDigits(digits, 11) || !/^[1-69]/.test(digits)) return false;
		return (digits[0] === '9' || balticDateValid(digits)) && balticCheckDigit(digits) === Number(digits[10]);
	},
	generate: balticGenerate,
	forms: (candidate) => [strip(candidate)]
};

// ---------------------------------------------------------------------------------------------
// Finland

const FI_CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const FI_CENTURY: Record<string, number> = { '+': 1800, '-': 1900, Y: 1900, X: 1900, W: 1900, V: 1900, U: 1900, A: 2000, B: 2000, C: 2000, D: 2000, E: 2000, F: 2000 };

/**
 * FI henkilötunnus, DDMMYYCZZZQ. Source: Digi- ja väestötietovirasto (DVV), "Henkilötunnus";
 * the century signs Y–U and B–F were added from 1 January 2023. Individual numbers 000–001 are
 * not issued, but are accepted here (the check character is what confirms a number).
 */
const FI_HENKILOTUNNUS: Rule = {
	id: 'FI-henkilotunnus',
	country: 'FI',
	pattern: /(?<!\d)[0-3]\d[01]\d{3}[-+A-FU-Y]\d{3}[0-9A-FHJ-NPR-Y](?![0-9A-Z])/gi,
	validate(candidate) {
		const m = /^(\d\d)(\d\d)(\d\d)([-+A-FU-Y])(\d{3})([0-9A-Y])$/.exec(candidate.toUpperCase());
		if (!m) return false;
		const [, dd, mm, yy, sign, serial, check] = m;
		if (!isDate(FI_CENTURY[sign] + Number(yy), Number(mm), Number(dd))) return false;
		return FI_CHECK[Number(dd + mm + yy + serial) % 31] === check;
	},
	generate(random) {
		const { year, month, day } = randomDate(random);
		const sign = year >= 2000 ? pick(random, ['A', 'B', 'C', 'D', 'E', 'F']) : pick(random, ['-', 'Y', 'X', 'W', 'V', 'U']);
		const date = `${pad(day)}${pad(month)}${pad(year % 100)}`;
		const serial = pad(randomInt(random, 2, 899), 3);
		return `${date}${sign}${serial}${FI_CHECK[Number(date + serial) % 31]}`;
	},
	// one written form; lower case is matched too, but is not a form anyone is given
	forms: (candidate) => [candidate.toUpperCase()]
};

// ---------------------------------------------------------------------------------------------
// Germany

/** ISO/IEC 7064 MOD 11,10 check digit of the first ten digits. */
function mod11_10(digits: string): number {
	let product = 10;
	for (let i = 0; i < 10; i++) {
		let sum = (digits.charCodeAt(i) - 48 + product) % 10;
		if (sum === 0) sum = 10;
		product = (sum * 2) % 11;
	}
	const check = 11 - product;
	return check === 10 ? 0 : check;
}

/**
 * DE steuerliche Identifikationsnummer (§ 139b AO), 11 digits. Source: BZSt description of the
 * IdNr: first digit not 0; in the first ten digits exactly one digit occurs more than once, two
 * or three times (three allowed since 2016), all others at most once; check digit ISO/IEC 7064
 * MOD 11,10. Deliberate deviation: the further condition on where a threefold digit may stand
 * (not directly one after another) is not checked, which only makes the rule more inclusive.
 */
const DE_STEUER_IDNR: Rule = {
	id: 'DE-steuer-idnr',
	country: 'DE',
	pattern: /(?<!\d)[1-9]\d(?: \d{3} \d{3} \d{3}|\d{9})(?!\d)/g,
	validate(candidate) {
		const digits = strip(candidate);
		if (!isDigits(digits, 11) || digits[0] === '0') return false;
		const counts = new Array<number>(10).fill(0);
		for (let i = 0; i < 10; i++) counts[digits.charCodeAt(i) - 48]++;
		const repeated = counts.filter((count) => count > 1);
		if (repeated.length !== 1 || repeated[0] > 3) return false;
		return mod11_10(digits) === Number(digits[10]);
	},
	generate(random) {
		// nine different digits, one of them twice (the form of most numbers; see validate for 3×)
		const pool = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
		for (let i = pool.length - 1; i > 0; i--) {
			const j = randomInt(random, 0, i);
			[pool[i], pool[j]] = [pool[j], pool[i]];
		}
		const digits = pool.slice(0, 9);
		digits.splice(randomInt(random, 0, 9), 0, digits[randomInt(random, 0, 8)]);
		if (digits[0] === 0) {
			const swap = digits.findIndex((digit) => digit !== 0);
			[digits[0], digits[swap]] = [digits[swap], digits[0]];
		}
		const body = digits.join('');
		return pick(random, this.forms(body + mod11_10(body)));
	},
	forms(candidate) {
		const digits = strip(candidate);
		return [digits, `${digits.slice(0, 2)} ${digits.slice(2, 5)} ${digits.slice(5, 8)} ${digits.slice(8)}`];
	}
};

// ---------------------------------------------------------------------------------------------
// Iceland

const IS_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];
const IS_CENTURY: Record<string, number> = { '8': 1800, '9': 1900, '0': 2000 };

/**
 * IS kennitala of a person, DDMMYY-RRCD. Source: Þjóðskrá Íslands, "Kennitala". Check digit C
 * with weights 3,2,7,6,5,4,3,2 (11 − remainder; 11 → 0; 10 is never issued); D the century.
 * Deliberate choice: companies' kennitölur (day + 40) are excluded: they identify no child and
 * are public. As 10 digits they are still redacted as a plain number.
 */
const IS_KENNITALA: Rule = {
	id: 'IS-kennitala',
	country: 'IS',
	pattern: /(?<!\d)[0-3]\d[01]\d{3}[- ]?\d{3}[089](?!\d)/g,
	validate(candidate) {
		const digits = strip(candidate);
		if (!isDigits(digits, 10) || !(digits[9] in IS_CENTURY)) return false;
		if (!isDate(IS_CENTURY[digits[9]] + Number(digits.slice(4, 6)), Number(digits.slice(2, 4)), Number(digits.slice(0, 2)))) return false;
		return elevenMinus(digits, IS_WEIGHTS) === Number(digits[8]);
	},
	generate(random) {
		const { year, month, day } = randomDate(random);
		const date = `${pad(day)}${pad(month)}${pad(year % 100)}`;
		const century = year >= 2000 ? '0' : '9';
		const digits = withSerial(random, 20, 99, (serial) => {
			const check = elevenMinus(date + serial, IS_WEIGHTS);
			return check === null ? null : `${date}${serial}${check}${century}`;
		});
		return pick(random, this.forms(digits));
	},
	forms(candidate) {
		const digits = strip(candidate);
		return joined(digits.slice(0, 6), digits.slice(6), ['-', '', ' ']);
	}
};

// ---------------------------------------------------------------------------------------------
// Latvia

const LV_WEIGHTS = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const LV_CENTURY: Record<string, number> = { '0': 1800, '1': 1900, '2': 2000 };

/** (1101 − weighted sum) mod 11: 0–9 is the check digit; 10 see the rule's comment. */
const latvianCheck = (digits: string) => (1101 - weightedSum(digits, LV_WEIGHTS)) % 11;

/**
 * LV personas kods. Two forms:
 * - until 30 June 2017, DDMMYY-CZZZQ: C the century (0 1800s, 1 1900s, 2 2000s) and Q the check
 *   digit with weights 1,6,3,7,9,10,5,8,4,2, (1101 − sum) mod 11. The check is not published by
 *   PMLP; it is the one every implementation uses (python-stdnum notes it is unconfirmed).
 *   A result of 10 is accepted with the digit 0, as python-stdnum does.
 * - from 1 July 2017, 11 random digits after a fixed start: "32" at first, "3" and a second
 *   digit 2–9 now. Source: PMLP, "Personas koda maiņa" (pmlp.gov.lv). PMLP describes every other
 *   digit as random, so no check digit is published: deliberately, these are confirmed by
 *   their start and length alone (a start of 32–39 cannot be a day of the dated form). Some
 *   libraries apply the dated form's check to them; requiring it here could miss real codes.
 */
const LV_PERSONAS_KODS: Rule = {
	id: 'LV-personas-kods',
	country: 'LV',
	pattern: /(?<!\d)[0-3]\d{5}[- ]?\d{5}(?!\d)/g,
	validate(candidate) {
		const digits = strip(candidate);
		if (!isDigits(digits, 11)) return false;
		if (/^3[2-9]/.test(digits)) return true;
		const century = LV_CENTURY[digits[6]];
		if (century === undefined) return false;
		if (!isDate(century + Number(digits.slice(4, 6)), Number(digits.slice(2, 4)), Number(digits.slice(0, 2)))) return false;
		const check = latvianCheck(digits);
		return (check === 10 ? 0 : check) === Number(digits[10]);
	},
	generate(random) {
		let digits: string;
		if (random() < 0.3) {
			digits = `3${randomInt(random, 2, 9)}${randomDigits(random, 9)}`;
		} else {
			// dated codes were issued until 30 June 2017
			const { year, month, day } = randomDate(random, 1930, 2016);
			const head = `${pad(day)}${pad(month)}${pad(year % 100)}${year >= 2000 ? 2 : 1}`;
			digits = withSerial(random, 0, 999, (serial) => {
				const body = head + pad(serial, 3);
				const check = latvianCheck(body);
				return check === 10 ? null : body + check;
			});
		}
		return pick(random, this.forms(digits));
	},
	forms(candidate) {
		const digits = strip(candidate);
		return joined(digits.slice(0, 6), digits.slice(6), ['-', '', ' ']);
	}
};

// ---------------------------------------------------------------------------------------------
// Norway

const NO_K1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const NO_K2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/** The birth year from the individual number (Skatteetaten's table); null where none applies. */
function norwegianYear(yy: number, individual: number): number | null {
	if (individual <= 499) return 1900 + yy;
	if (individual <= 749 && yy >= 54) return 1800 + yy;
	if (yy <= 39) return 2000 + yy; // 500–999
	if (individual >= 900) return 1900 + yy; // 900–999 with 40–99
	return null;
}

function norwegianValid(candidate: string, dayOffset: number): boolean {
	const digits = strip(candidate);
	if (!isDigits(digits, 11)) return false;
	const year = norwegianYear(Number(digits.slice(4, 6)), Number(digits.slice(6, 9)));
	const day = Number(digits.slice(0, 2)) - dayOffset;
	if (year === null || !isDate(year, Number(digits.slice(2, 4)), day)) return false;
	return elevenMinus(digits, NO_K1) === Number(digits[9]) && elevenMinus(digits, NO_K2) === Number(digits[10]);
}

function norwegianGenerate(random: Random, dayOffset: number): string {
	const { year, month, day } = randomDate(random);
	const yy = year % 100;
	const [min, max] = year >= 2000 ? [500, 999] : yy >= 40 && random() < 0.2 ? [900, 999] : [0, 499];
	const date = `${pad(day + dayOffset)}${pad(month)}${pad(yy)}`;
	return withSerial(random, min, max, (individual) => {
		const body = date + pad(individual, 3);
		const k1 = elevenMinus(body, NO_K1);
		const k2 = k1 === null ? null : elevenMinus(body + k1, NO_K2);
		return k2 === null ? null : `${body}${k1}${k2}`;
	});
}

/** Fødselsnummer and D-nummer are written as 11 digits, often split after the date. */
const norwegianForms = (candidate: string) => {
	const digits = strip(candidate);
	return joined(digits.slice(0, 6), digits.slice(6), ['', ' ', '-']);
};

/**
 * NO fødselsnummer, DDMMYYIIIKK. Source: Skatteetaten, "Fødselsnummer" (individual number
 * ranges per century; K1 and K2 mod 11 with weights 3,7,6,1,8,9,4,5,2 and 5,4,3,2,7,6,5,4,3,2).
 * The numbers without gender and with other check rules planned from 2032 are not handled.
 * H-numbers (month + 40) and synthetic test numbers (month + 80) are not people's numbers.
 */
const NO_FODSELSNUMMER: Rule = {
	id: 'NO-fodselsnummer',
	country: 'NO',
	pattern: /(?<!\d)[0-3]\d[01]\d{3}[- ]?\d{5}(?!\d)/g,
	validate: (candidate) => norwegianValid(candidate, 0),
	generate(random) {
		return pick(random, norwegianForms(norwegianGenerate(random, 0)));
	},
	forms: norwegianForms
};

/** NO D-nummer: a fødselsnummer with 40 added to the day. Source: Skatteetaten, "D-nummer". */
const NO_D_NUMMER: Rule = {
	id: 'NO-d-nummer',
	country: 'NO',
	pattern: /(?<!\d)[4-7]\d[01]\d{3}[- ]?\d{5}(?!\d)/g,
	validate: (candidate) => norwegianValid(candidate, 40),
	generate(random) {
		return pick(random, norwegianForms(norwegianGenerate(random, 40)));
	},
	forms: norwegianForms
};

// ---------------------------------------------------------------------------------------------
// Poland

const PL_WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
/** The century of each month offset: +80 1800s, +0 1900s, +20 2000s, +40 2100s, +60 2200s. */
const PL_CENTURY = [1900, 2000, 2100, 2200, 1800];

/** PL PESEL, YYMMDDZZZXQ. Source: Ustawa o ewidencji ludności (2010), art. 15 (its structure). */
const PL_PESEL: Rule = {
	id: 'PL-pesel',
	country: 'PL',
	pattern: /(?<!\d)\d{11}(?!\d)/g,
	validate(candidate) {
		const digits = strip(candidate);
		if (!isDigits(digits, 11)) return false;
		const coded = Number(digits.slice(2, 4));
		const year = PL_CENTURY[Math.floor(coded / 20)] + Number(digits.slice(0, 2));
		if (!isDate(year, coded % 20, Number(digits.slice(4, 6)))) return false;
		return (10 - (weightedSum(digits, PL_WEIGHTS) % 10)) % 10 === Number(digits[10]);
	},
	generate(random) {
		const { year, month, day } = randomDate(random);
		const body = `${pad(year % 100)}${pad(month + (year >= 2000 ? 20 : 0))}${pad(day)}${randomDigits(random, 4)}`;
		return body + ((10 - (weightedSum(body, PL_WEIGHTS) % 10)) % 10);
	},
	forms: (candidate) => [strip(candidate)]
};

// ---------------------------------------------------------------------------------------------
// Sweden

/**
 * The parts of a Swedish number in any of its forms: YYMMDD-NNNN, YYMMDD+NNNN (100 years or
 * older), YYYYMMDDNNNN, YYYYMMDD-NNNN, with a space or nothing in place of the sign.
 */
function swedishParts(candidate: string, dayOffset: number): { ten: string; years: number[]; plus: boolean } | null {
	const digits = candidate.replace(/[-+ ]/g, '');
	if (!isDigits(digits, 10) && !isDigits(digits, 12)) return null;
	const ten = digits.slice(-10);
	const yy = Number(ten.slice(0, 2));
	const month = Number(ten.slice(2, 4));
	const day = Number(ten.slice(4, 6)) - dayOffset;
	let years: number[];
	if (digits.length === 12) {
		const century = Number(digits.slice(0, 2));
		if (century < 18 || century > 20) return null;
		years = [century * 100 + yy];
	} else {
		years = [1800 + yy, 1900 + yy, 2000 + yy];
	}
	years = years.filter((year) => isDate(year, month, day));
	if (years.length === 0 || luhnCheckDigit(ten.slice(0, 9)) !== Number(ten[9])) return null;
	return { ten, years, plus: candidate.includes('+') };
}

function swedishGenerate(random: Random, dayOffset: number, forms: (value: string) => string[]): string {
	const { year, month, day } = randomDate(random);
	const body = `${pad(year % 100)}${pad(month)}${pad(day + dayOffset)}${randomDigits(random, 3)}`;
	return pick(random, forms(`${Math.floor(year / 100)}${body}${luhnCheckDigit(body)}`));
}

/**
 * Every form of a valid Swedish number. The 10-digit form has `-` until the year the holder
 * turns 100 and `+` from then on, so without a century the latest one that fits the sign is
 * taken, and the sign of the forms depends on today's year.
 */
function swedishForms(candidate: string, dayOffset: number): string[] {
	const parts = swedishParts(candidate, dayOffset);
	if (!parts) return [];
	const now = new Date().getFullYear();
	const fitting = parts.years.filter((year) => (parts.plus ? now - year >= 100 : year <= now));
	const year = Math.max(...(fitting.length ? fitting : parts.years));
	const sign = now - year >= 100 ? '+' : '-';
	const date = parts.ten.slice(0, 6);
	const serial = parts.ten.slice(6);
	return [
		...joined(date, serial, [sign, '', ' ']),
		...joined(`${Math.floor(year / 100)}${date}`, serial, ['', '-', ' '])
	];
}

/**
 * SE personnummer. Source: Skatteverket, SKV 704 "Personnummer": Luhn check digit over the
 * 10-digit form; `+` after the date from the year of the 100th birthday. A 10-digit number is
 * accepted when its date is real in some century (29 February 00 is, in 2000).
 */
const SE_PERSONNUMMER: Rule = {
	id: 'SE-personnummer',
	country: 'SE',
	pattern: /(?<!\d)(?:1[89]|20)?\d\d[01]\d[0-3]\d[-+ ]?\d{4}(?!\d)/g,
	validate: (candidate) => swedishParts(candidate, 0) !== null,
	generate(random) {
		return swedishGenerate(random, 0, (value) => swedishForms(value, 0));
	},
	forms: (candidate) => swedishForms(candidate, 0)
};

/** SE samordningsnummer: a personnummer with 60 added to the day. Source: Skatteverket, SKV 707. */
const SE_SAMORDNINGSNUMMER: Rule = {
	id: 'SE-samordningsnummer',
	country: 'SE',
	pattern: /(?<!\d)(?:1[89]|20)?\d\d[01]\d[6-9]\d[-+ ]?\d{4}(?!\d)/g,
	validate: (candidate) => swedishParts(candidate, 60) !== null,
	generate(random) {
		return swedishGenerate(random, 60, (value) => swedishForms(value, 60));
	},
	forms: (candidate) => swedishForms(candidate, 60)
};

// ---------------------------------------------------------------------------------------------
// Russia

/** SNILS control number of the first nine digits (below 100 as is, 100 and 101 as 00, mod 101). */
function snilsCheck(digits: string): number {
	const sum = weightedSum(digits, [9, 8, 7, 6, 5, 4, 3, 2, 1]);
	if (sum < 100) return sum;
	return sum % 101 === 100 ? 0 : sum % 101;
}

/**
 * RU СНИЛС, NNN-NNN-NNN CC. Source: Пенсионный фонд (now Социальный фонд) России, the rule for
 * the control number of the страховой номер. The control number is defined only for numbers
 * above 001-001-998; as documented, lower numbers are accepted without it.
 */
const RU_SNILS: Rule = {
	id: 'RU-snils',
	country: 'RU',
	pattern: /(?<!\d)\d{3}(?:-\d{3}-\d{3}[- ]?| \d{3} \d{3} ?|\d{6})\d{2}(?!\d)/g,
	validate(candidate) {
		const digits = strip(candidate);
		if (!isDigits(digits, 11)) return false;
		if (Number(digits.slice(0, 9)) <= 1001998) return true;
		return snilsCheck(digits) === Number(digits.slice(9));
	},
	generate(random) {
		const body = `${randomInt(random, 1, 9)}${randomDigits(random, 8)}`;
		return pick(random, this.forms(body + pad(snilsCheck(body))));
	},
	forms(candidate) {
		const d = strip(candidate);
		const [a, b, c, check] = [d.slice(0, 3), d.slice(3, 6), d.slice(6, 9), d.slice(9)];
		return [`${a}-${b}-${c} ${check}`, `${a}-${b}-${c}-${check}`, `${a} ${b} ${c} ${check}`, d];
	}
};

const INN_11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN_12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

/**
 * RU ИНН of a person, 12 digits with two check digits (weighted sums mod 11 mod 10). Source:
 * ФНС России, order on the structure of the ИНН. Deliberate choice: the 10-digit ИНН of
 * organisations is left out: it identifies no child, and as 10 digits it is redacted as a
 * plain number anyway. The region code (first two digits) is not checked.
 */
const RU_INN: Rule = {
	id: 'RU-inn',
	country: 'RU',
	pattern: /(?<!\d)\d{12}(?!\d)/g,
	validate(candidate) {
		const digits = strip(candidate);
		if (!isDigits(digits, 12)) return false;
		return (weightedSum(digits, INN_11) % 11) % 10 === Number(digits[10]) && (weightedSum(digits, INN_12) % 11) % 10 === Number(digits[11]);
	},
	generate(random) {
		let body = `${pad(randomInt(random, 1, 99))}${randomDigits(random, 8)}`;
		body += (weightedSum(body, INN_11) % 11) % 10;
		return body + ((weightedSum(body, INN_12) % 11) % 10);
	},
	forms: (candidate) => [strip(candidate)]
};

// ---------------------------------------------------------------------------------------------

const RULES: Rule[] = [
	DK_CPR,
	EE_ISIKUKOOD,
	FI_HENKILOTUNNUS,
	DE_STEUER_IDNR,
	IS_KENNITALA,
	LV_PERSONAS_KODS,
	LT_ASMENS_KODAS,
	NO_FODSELSNUMMER,
	NO_D_NUMMER,
	PL_PESEL,
	SE_PERSONNUMMER,
	SE_SAMORDNINGSNUMMER,
	RU_SNILS,
	RU_INN
];

/** Wraps `validate` so that it answers false, never throws, whatever it is given. */
function guarded(validate: (candidate: string) => boolean): (candidate: string) => boolean {
	return (candidate) => {
		if (typeof candidate !== 'string' || candidate.length > 32) return false;
		try {
			return validate(candidate);
		} catch {
			return false;
		}
	};
}

export const IDENTITY_RULES: IdentityRule[] = RULES.map((rule) =>
	Object.freeze({
		id: rule.id,
		country: rule.country,
		pattern: rule.pattern,
		validate: guarded((candidate) => rule.validate(candidate)),
		generate: (random: Random) => rule.generate(random)
	})
);

/**
 * Every written form of a valid number of the rule `id` (with a dash, with a space where
 * people write one, without): the forms `pattern` is meant to find. Empty for an unknown rule
 * or an invalid number. For tests.
 */
export function writtenForms(id: string, value: string): string[] {
	const rule = RULES.find((candidate) => candidate.id === id);
	if (!rule || !guarded((candidate) => rule.validate(candidate))(value)) return [];
	return rule.forms(value);
}
