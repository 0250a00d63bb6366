/**
 * Codes that people type, in Crockford's Base32 (https://www.crockford.com/base32.html): no I,
 * L, O or U in what we generate; read case-insensitively with O as 0, I and L as 1, spaces and
 * dashes ignored. Secret codes carry Crockford's check symbol (mod 37), which tells a typo
 * from an unknown code without revealing which codes exist.
 */

export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** The five extra symbols that only a check symbol may be. */
const CHECK_ALPHABET = `${ALPHABET}*~$=U`;

/** A consultation's shared code: 8 symbols. */
export const SHARED_CODE_LENGTH = 8;
/** Single-use slip codes, resume and receipt codes: 10 symbols and a check symbol. */
export const SECRET_CODE_LENGTH = 10;

export type CodeReading =
	| { ok: true; kind: 'shared' | 'secret'; code: string }
	| { ok: false; reason: 'empty' | 'characters' | 'length' | 'check'; length: number };

/**
 * Upper-cases, drops spaces and dashes, and reads O as 0 and I, L as 1. Only ASCII letters are
 * upper-cased: `ß` or `ﬁ` would otherwise turn into valid symbols (`SS`, `FI`).
 */
export function normaliseCode(input: string): string {
	return input
		.replace(/[a-z]/g, (letter) => letter.toUpperCase())
		.replace(/[\s\-‐-―]/g, '')
		.replace(/O/g, '0')
		.replace(/[IL]/g, '1');
}

export function checkSymbol(code: string): string {
	let remainder = 0;
	for (const symbol of code) {
		const value = ALPHABET.indexOf(symbol);
		if (value < 0) throw new RangeError('not a Crockford Base32 symbol');
		remainder = (remainder * 32 + value) % 37;
	}
	return CHECK_ALPHABET[remainder];
}

/** Reads what a person typed as a shared code (8 symbols) or a secret code (10 + check). */
export function readCode(input: string): CodeReading {
	const code = normaliseCode(input.slice(0, 200));
	if (code === '') return { ok: false, reason: 'empty', length: 0 };
	const length = [...code].length;
	if (length === SHARED_CODE_LENGTH) {
		return /^[0-9A-HJKMNP-TV-Z]+$/.test(code)
			? { ok: true, kind: 'shared', code }
			: { ok: false, reason: 'characters', length };
	}
	if (length === SECRET_CODE_LENGTH + 1) {
		const body = code.slice(0, SECRET_CODE_LENGTH);
		const check = code.slice(SECRET_CODE_LENGTH);
		if (!/^[0-9A-HJKMNP-TV-Z]+$/.test(body) || !CHECK_ALPHABET.includes(check)) {
			return { ok: false, reason: 'characters', length };
		}
		return checkSymbol(body) === check
			? { ok: true, kind: 'secret', code }
			: { ok: false, reason: 'check', length };
	}
	return /^[0-9A-Z*~$=]+$/.test(code)
		? { ok: false, reason: 'length', length }
		: { ok: false, reason: 'characters', length };
}

/** Random symbols of the alphabet, without bias (32 divides 256, so a byte's low five bits do). */
function randomSymbols(count: number): string {
	const bytes = new Uint8Array(count);
	crypto.getRandomValues(bytes);
	return Array.from(bytes, (byte) => ALPHABET[byte & 31]).join('');
}

/** A new consultation code: 8 symbols, shared by a group. */
export function generateSharedCode(): string {
	return randomSymbols(SHARED_CODE_LENGTH);
}

/** A new secret code: 10 random symbols and the check symbol. */
export function generateSecretCode(): string {
	const body = randomSymbols(SECRET_CODE_LENGTH);
	return body + checkSymbol(body);
}

/** A code as people read it: groups of four or five, joined by dashes. */
export function formatCode(code: string): string {
	return code.length === SECRET_CODE_LENGTH + 1 ? `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}` : code.replace(/(.{4})(?=.)/g, '$1-');
}
