import { describe, expect, it } from 'vitest';
import { normalise } from '../../../src/lib/server/screening/normalise.ts';

describe('normalising text before screening', () => {
	it('turns digits of other scripts into ASCII digits', () => {
		// full-width, Arabic-Indic, Devanagari, Bengali, mathematical bold
		expect(normalise('０７０１２３')).toBe('070123');
		expect(normalise('٠٧٠١٢٣')).toBe('070123');
		expect(normalise('०७०१२३')).toBe('070123');
		expect(normalise('০৭০১২৩')).toBe('070123');
		expect(normalise('𝟎𝟕𝟎𝟏𝟐𝟑')).toBe('070123');
	});

	it('drops invisible characters and unifies dashes and spaces', () => {
		expect(normalise('81\u200B12\u200D18\u201398\u00A076')).toBe('811218-98 76');
		expect(normalise('a\u00ADb')).toBe('ab');
	});

	it('reads tabs and other horizontal spaces as spaces, and line breaks of every kind as a line break', () => {
		expect(normalise('123\t456\t789')).toBe('123 456 789');
		expect(normalise('a\u2003b\u3000c')).toBe('a b c');
		expect(normalise('one\r\ntwo\rthree\u2028four\u0085five\vsix')).toBe('one\ntwo\nthree\nfour\nfive\nsix');
		// a line break stays one: a name is not taken across it
		expect(normalise('Anna\nBerg')).toBe('Anna\nBerg');
	});

	it('keeps letters of every language as they are', () => {
		const text = 'Mani sauc Jānis. Меня зовут Лена. Ég heiti Þóra. Nazywam się Łucja.';
		expect(normalise(text)).toBe(text);
	});
});
