import { describe, expect, it } from 'vitest';
import { formatCode, generateSecretCode, generateSharedCode, readCode } from '../../src/lib/codes.ts';

// DESIGN.md: Crockford's Base32 without I, L, O or U; shared codes 8 characters, secret codes 10
// plus the check symbol; a code reads back the same however it is typed.

describe('generated codes', () => {
	it('are 8 symbols of Crockford Base32 for a consultation, and read back as shared codes', () => {
		for (let i = 0; i < 200; i++) {
			const code = generateSharedCode();
			expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
			expect(readCode(code)).toEqual({ ok: true, kind: 'shared', code });
			expect(readCode(formatCode(code).toLowerCase())).toEqual({ ok: true, kind: 'shared', code });
		}
	});

	it('are 10 symbols and a valid check symbol when secret', () => {
		for (let i = 0; i < 200; i++) {
			const code = generateSecretCode();
			expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}[0-9A-HJKMNP-TV-Z*~$=U]$/);
			expect(readCode(formatCode(code))).toEqual({ ok: true, kind: 'secret', code });
		}
	});

	it('use the whole alphabet, evenly enough to carry their 40 and 50 bits', () => {
		const counts = new Map<string, number>();
		for (let i = 0; i < 2000; i++) for (const symbol of generateSharedCode()) counts.set(symbol, (counts.get(symbol) ?? 0) + 1);
		expect(counts.size).toBe(32);
		// 16 000 symbols: 500 expected each; a biased generator drifts far outside this
		for (const count of counts.values()) expect(count).toBeGreaterThan(380);
		expect(new Set(Array.from({ length: 1000 }, generateSecretCode)).size).toBe(1000);
	});

	it('are shown in groups that people can read out', () => {
		expect(formatCode('K7MQ4TXB')).toBe('K7MQ-4TXB');
		expect(formatCode('0123456789A')).toBe('0123-4567-89A');
	});
});
