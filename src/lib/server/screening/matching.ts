/**
 * How the lexicon patterns (lexicon.ts, risk/) read text. Each run of white space is one
 * character, a line break if the run has one and a space otherwise, so a pattern writes `\s` or
 * a space where it means "some white space". With no `\s+` and every word bounded
 * (`\p{L}{1,20}`), a pattern has no unbounded repetition at all, which is what lets recheck
 * prove it linear at once (tests/unit/screening/redos.test.ts).
 */

export interface CollapsedText {
	text: string;
	/** For each position of `text`, and its end, the position in the text it was made from. */
	offsets: number[];
}

const WHITE_SPACE_RUN = /\s+/g;

export function collapseSpaces(text: string): CollapsedText {
	let collapsed = '';
	const offsets: number[] = [];
	let at = 0;
	for (const run of text.matchAll(WHITE_SPACE_RUN)) {
		for (let index = at; index < run.index; index++) offsets.push(index);
		offsets.push(run.index);
		collapsed += `${text.slice(at, run.index)}${run[0].includes('\n') ? '\n' : ' '}`;
		at = run.index + run[0].length;
	}
	for (let index = at; index <= text.length; index++) offsets.push(index);
	return { text: collapsed + text.slice(at), offsets };
}

/** Every non-empty match of a global pattern, from the start of the text. */
export function* matches(pattern: RegExp, text: string): Generator<RegExpExecArray> {
	pattern.lastIndex = 0;
	let match: RegExpExecArray | null;
	while ((match = pattern.exec(text)) !== null) {
		if (match[0].length === 0) {
			pattern.lastIndex++;
			continue;
		}
		yield match;
	}
}

/** The regular expressions of this module, for the ReDoS test. */
export const MATCHING_PATTERNS: RegExp[] = [WHITE_SPACE_RUN];
