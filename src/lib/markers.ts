/**
 * The markers that replace what screening or a moderator removed from free text. The stored text
 * holds them as `[kind]`; every interface shows them in the reader's language through the key
 * `common:markers.<kind>` (RedactedText.svelte).
 */
export const MARKERS = ['name', 'phone', 'e-mail', 'id-number', 'number', 'address', 'link', 'handle', 'removed'] as const;
export type Marker = (typeof MARKERS)[number];

const MARKER = new RegExp(`\\[(${MARKERS.join('|')})\\]`, 'g');

export type TextSegment = { text: string } | { marker: Marker };

/** Redacted text as runs of plain text and markers. */
export function markerSegments(text: string): TextSegment[] {
	const segments: TextSegment[] = [];
	let from = 0;
	for (const match of text.matchAll(MARKER)) {
		if (match.index > from) segments.push({ text: text.slice(from, match.index) });
		segments.push({ marker: match[1] as Marker });
		from = match.index + match[0].length;
	}
	if (from < text.length) segments.push({ text: text.slice(from) });
	return segments;
}
