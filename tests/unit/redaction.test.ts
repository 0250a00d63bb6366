import { describe, expect, it } from 'vitest';
import { redact, spansFrom, spansOf } from '../../src/lib/server/moderation/redaction.ts';

describe('redaction by code points', () => {
	it('replaces each span with [removed], counting a letter outside the Basic Multilingual Plane as one', () => {
		const text = '🦊🦊 Anna 🦊 lives here';
		expect(redact(text, [{ start: 3, end: 7, expected: 'Anna' }])).toEqual({ ok: true, text: '🦊🦊 [removed] 🦊 lives here' });
		expect(redact(text, [{ start: 10, end: 15, expected: 'lives' }, { start: 0, end: 2, expected: '🦊🦊' }])).toEqual({ ok: true, text: '[removed] Anna 🦊 [removed] here' });
	});

	it('refuses spans that do not match, overlap, or lie outside the text', () => {
		const text = 'my name is Anna';
		expect(redact(text, [{ start: 11, end: 15, expected: 'Anne' }])).toEqual({ ok: false });
		expect(redact(text, [{ start: 3, end: 7, expected: 'name' }, { start: 5, end: 10, expected: 'me is' }])).toEqual({ ok: false });
		expect(redact(text, [{ start: 11, end: 16, expected: 'Anna' }])).toEqual({ ok: false });
		expect(redact(text, [])).toEqual({ ok: false });
	});

	it('reads spans from a form and finds typed words in every place', () => {
		expect(spansFrom('[{"start":1,"end":2,"expected":"a"}]')).toEqual([{ start: 1, end: 2, expected: 'a' }]);
		expect(spansFrom('not json')).toBeNull();
		expect(spansFrom('[{"start":"x","end":2,"expected":"a"}]')).toBeNull();
		expect(spansOf('Anna and 🦊Anna', 'Anna')).toEqual([
			{ start: 0, end: 4, expected: 'Anna' },
			{ start: 10, end: 14, expected: 'Anna' }
		]);
		expect(spansOf('text', '   ')).toEqual([]);
	});
});
