import { describe, expect, it } from 'vitest';
import { normaliseCode, readCode } from '../../src/lib/codes.ts';

// Written out from https://www.crockford.com/base32.html, not imported from the module under
// test, so that a wrong alphabet there cannot agree with itself here
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CHECK_SYMBOLS = `${CROCKFORD}*~$=U`;

/** Crockford's check symbol: the body read as one base-32 number, modulo 37. */
function expectedCheck(body: string): string {
	let value = 0n;
	for (const symbol of body) {
		const digit = CROCKFORD.indexOf(symbol);
		if (digit < 0) throw new Error(`test body ${body} is not Crockford Base32`);
		value = value * 32n + BigInt(digit);
	}
	return CHECK_SYMBOLS[Number(value % 37n)];
}

/** A fixed, varied set of 10-symbol bodies (a small linear congruential sequence). */
function sampleBodies(count: number): string[] {
	const bodies: string[] = [];
	let seed = 20260101;
	for (let i = 0; i < count; i++) {
		let body = '';
		for (let j = 0; j < 10; j++) {
			seed = (seed * 1103515245 + 12345) % 2147483648;
			// the high bits: the low bits of a power-of-two LCG repeat after a few steps
			body += CROCKFORD[Math.floor(seed / 65536) % 32];
		}
		bodies.push(body);
	}
	return bodies;
}

const BODY = 'K7M3Q9X2WD';
const SECRET = BODY + expectedCheck(BODY);

describe('the test’s own check symbol', () => {
	it('matches values worked out by hand', () => {
		// 32 mod 37 = 32, the first extra symbol; 1·32 + 31 = 63, 63 mod 37 = 26 → T
		expect(expectedCheck('0000000010')).toBe('*');
		expect(expectedCheck('000000001Z')).toBe('T');
		expect(expectedCheck('0000000000')).toBe('0');
	});
});

describe('reading codes the Crockford way', () => {
	it('reads DEMO2026, demo-2026 and DEM0 2026 as the same shared code', () => {
		for (const typed of ['DEMO2026', 'demo-2026', 'DEM0 2026']) {
			expect(readCode(typed)).toEqual({ ok: true, kind: 'shared', code: 'DEM02026' });
		}
		expect(normaliseCode('demo-2026')).toBe(normaliseCode('DEM0 2026'));
	});

	it('reads O as 0 and I and L as 1, in either case', () => {
		expect(normaliseCode('oOiIlL')).toBe('001111');
		expect(readCode('Ab1L-io0O')).toEqual({ ok: true, kind: 'shared', code: 'AB111000' });
	});

	it('ignores spaces, tabs and dashes wherever they are, including typographic dashes', () => {
		expect(readCode('  D E M O\t2026 ')).toEqual({ ok: true, kind: 'shared', code: 'DEM02026' });
		expect(readCode('DEMO–2026')).toEqual({ ok: true, kind: 'shared', code: 'DEM02026' });
		expect(readCode('DEMO‐20--26')).toEqual({ ok: true, kind: 'shared', code: 'DEM02026' });
	});
});

describe('secret codes (10 symbols and a check symbol)', () => {
	it('accepts a code whose check symbol is right, as kind secret', () => {
		expect(readCode(SECRET)).toEqual({ ok: true, kind: 'secret', code: SECRET });
	});

	it('accepts the same code typed in lower case with dashes and spaces', () => {
		const typed = `${SECRET.slice(0, 5)}-${SECRET.slice(5, 10)} ${SECRET.slice(10)}`.toLowerCase();
		expect(readCode(typed)).toEqual({ ok: true, kind: 'secret', code: SECRET });
	});

	it('accepts a code with 0 and 1 typed as O and L', () => {
		const body = '01AB01CD01';
		const typed = `olABoiCDOL${expectedCheck(body)}`;
		expect(readCode(typed)).toEqual({ ok: true, kind: 'secret', code: body + expectedCheck(body) });
	});

	it('agrees with the mod-37 definition for many codes', () => {
		for (const body of sampleBodies(300)) {
			expect(readCode(body + expectedCheck(body))).toEqual({
				ok: true,
				kind: 'secret',
				code: body + expectedCheck(body)
			});
		}
	});

	it('accepts the five check-only symbols * ~ $ = U, and u in lower case', () => {
		expect(readCode('0000000010*')).toMatchObject({ ok: true, kind: 'secret' });
		expect(readCode('0000000011~')).toMatchObject({ ok: true, kind: 'secret' });
		expect(readCode('0000000012$')).toMatchObject({ ok: true, kind: 'secret' });
		expect(readCode('0000000013=')).toMatchObject({ ok: true, kind: 'secret' });
		expect(readCode('0000000014U')).toMatchObject({ ok: true, kind: 'secret' });
		expect(readCode('0000000014u')).toEqual({ ok: true, kind: 'secret', code: '0000000014U' });
	});

	it('tells a wrong check symbol as reason check, with the length', () => {
		const wrong = SECRET.slice(0, 10) + (SECRET[10] === '0' ? '1' : '0');
		expect(readCode(wrong)).toEqual({ ok: false, reason: 'check', length: 11 });
		expect(readCode('0000000010~')).toEqual({ ok: false, reason: 'check', length: 11 });
	});

	it('detects every single-symbol substitution in the body', () => {
		for (const body of [BODY, ...sampleBodies(5)]) {
			const code = body + expectedCheck(body);
			for (let position = 0; position < 10; position++) {
				for (const symbol of CROCKFORD) {
					if (symbol === code[position]) continue;
					const typo = code.slice(0, position) + symbol + code.slice(position + 1);
					expect(readCode(typo), typo).toEqual({ ok: false, reason: 'check', length: 11 });
				}
			}
		}
	});

	it('detects every substitution of the check symbol by another check symbol', () => {
		for (const symbol of CHECK_SYMBOLS) {
			if (symbol === SECRET[10]) continue;
			expect(readCode(SECRET.slice(0, 10) + symbol), symbol).toEqual({
				ok: false,
				reason: 'check',
				length: 11
			});
		}
	});

	it('detects every transposition of two adjacent, different symbols', () => {
		let checked = 0;
		for (const body of [BODY, ...sampleBodies(20)]) {
			const check = expectedCheck(body);
			for (let position = 0; position < 9; position++) {
				if (body[position] === body[position + 1]) continue;
				const swapped =
					body.slice(0, position) + body[position + 1] + body[position] + body.slice(position + 2);
				expect(readCode(swapped + check), swapped).toEqual({ ok: false, reason: 'check', length: 11 });
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(100);
	});
});

describe('codes that cannot be read', () => {
	it('reads nothing, or only spaces and dashes, as empty', () => {
		for (const typed of ['', '   ', ' - – ', '\t']) {
			expect(readCode(typed)).toEqual({ ok: false, reason: 'empty', length: 0 });
		}
	});

	it('reports a wrong length with the number of symbols read', () => {
		expect(readCode('DEMO202')).toEqual({ ok: false, reason: 'length', length: 7 });
		expect(readCode('DEMO-20266')).toEqual({ ok: false, reason: 'length', length: 9 });
		expect(readCode(BODY)).toEqual({ ok: false, reason: 'length', length: 10 });
		expect(readCode(`${SECRET}7`)).toEqual({ ok: false, reason: 'length', length: 12 });
		expect(readCode('A')).toEqual({ ok: false, reason: 'length', length: 1 });
	});

	it('reports characters outside the alphabet, whatever the length', () => {
		expect(readCode('DEMO#026')).toEqual({ ok: false, reason: 'characters', length: 8 });
		expect(readCode('DEMÄ2026')).toEqual({ ok: false, reason: 'characters', length: 8 });
		expect(readCode('#')).toEqual({ ok: false, reason: 'characters', length: 1 });
		expect(readCode('Ä')).toEqual({ ok: false, reason: 'characters', length: 1 });
		expect(readCode('K7M3Q#X2WD0')).toEqual({ ok: false, reason: 'characters', length: 11 });
		expect(readCode(`${BODY}#`)).toEqual({ ok: false, reason: 'characters', length: 11 });
		expect(readCode('DEMO_2026')).toMatchObject({ ok: false, reason: 'characters' });
	});

	it('rejects U in a shared code and in the body of a secret code', () => {
		expect(readCode('DEMU2026')).toEqual({ ok: false, reason: 'characters', length: 8 });
		expect(readCode('demu2026')).toEqual({ ok: false, reason: 'characters', length: 8 });
		// whatever the check symbol, a body with U is not a code
		for (const check of CHECK_SYMBOLS) {
			expect(readCode(`K7M3U9X2WD${check}`)).toEqual({ ok: false, reason: 'characters', length: 11 });
		}
		// its neighbour V is an ordinary symbol
		expect(readCode('DEMV2026')).toEqual({ ok: true, kind: 'shared', code: 'DEMV2026' });
	});

	it('does not turn a non-Crockford letter into Crockford ones by upper-casing it', () => {
		// 'ß'.toUpperCase() is 'SS' and 'ﬁ'.toUpperCase() is 'FI': neither was typed as a code symbol
		expect(readCode('DEMO20ß')).toMatchObject({ ok: false, reason: 'characters' });
		expect(readCode('ﬁ234567')).toMatchObject({ ok: false, reason: 'characters' });
	});
});
