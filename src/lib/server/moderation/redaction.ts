/**
 * Redaction only removes: the moderator marks spans of the stored (normalised) text by
 * code-point offsets, each with the substring they expect there, and every span becomes
 * `[removed]`. Offsets count code points, not UTF-16 units, so that a letter outside the Basic
 * Multilingual Plane is one position wherever it is counted.
 */

export interface Span {
	start: number;
	end: number;
	expected: string;
}

export const REMOVED = '[removed]';
export const MAX_SPANS = 50;

export function redact(text: string, spans: Span[]): { ok: true; text: string } | { ok: false } {
	if (spans.length === 0 || spans.length > MAX_SPANS) return { ok: false };
	const points = Array.from(text);
	const sorted = [...spans].sort((a, b) => a.start - b.start);
	let cursor = 0;
	let result = '';
	for (const span of sorted) {
		const valid = Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= cursor && span.end > span.start && span.end <= points.length;
		if (!valid || points.slice(span.start, span.end).join('') !== span.expected) return { ok: false };
		result += points.slice(cursor, span.start).join('') + REMOVED;
		cursor = span.end;
	}
	return { ok: true, text: result + points.slice(cursor).join('') };
}

/** Spans as a form posts them: JSON of `{ start, end, expected }`, or nothing usable. */
export function spansFrom(json: string): Span[] | null {
	try {
		const parsed: unknown = JSON.parse(json);
		if (!Array.isArray(parsed) || parsed.length === 0 || parsed.length > MAX_SPANS) return null;
		const spans = parsed.map((item) => ({ start: Number(item?.start), end: Number(item?.end), expected: typeof item?.expected === 'string' ? item.expected : '' }));
		return spans.every((span) => Number.isInteger(span.start) && Number.isInteger(span.end) && span.expected !== '') ? spans : null;
	} catch {
		return null;
	}
}

/** Without JavaScript a moderator types the words to remove: every place they occur becomes a span. */
export function spansOf(text: string, words: string): Span[] {
	const points = Array.from(text);
	const target = Array.from(words.trim());
	const spans: Span[] = [];
	if (target.length === 0) return spans;
	for (let start = 0; start + target.length <= points.length; start++) {
		if (target.every((point, offset) => points[start + offset] === point)) {
			spans.push({ start, end: start + target.length, expected: target.join('') });
			start += target.length - 1;
		}
	}
	return spans.slice(0, MAX_SPANS);
}
