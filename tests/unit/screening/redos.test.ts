import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { check, type Diagnostics, type Parameters } from 'recheck';
import { describe, expect, it } from 'vitest';
import { screeningPatterns } from '../../../src/lib/server/screening/index.ts';

// Issue #5: every regular expression screening runs passes recheck, a kept ReDoS checker.
// Screening reads what children write, so a pattern that backtracks without bound would let one
// answer stall the server. `npx vitest run --project unit tests/unit/screening/redos.test.ts`
// lists every pattern recheck does not report safe.

/** recheck's own binary for this machine: an optional dependency of recheck, many times faster. */
function nativeBinaryInstalled(): boolean {
	const system = ({ darwin: 'macos', linux: 'linux', win32: 'windows' } as Record<string, string>)[process.platform];
	try {
		createRequire(import.meta.url).resolve(`recheck-${system}-${process.arch}/package.json`);
		return true;
	} catch {
		return false;
	}
}

// with `native`, recheck fails rather than quietly falling back to its slow backends
if (nativeBinaryInstalled()) process.env.RECHECK_BACKEND ??= 'native';
else console.warn('redos.test.ts: recheck has no binary for this machine and runs on its default backend, which is many times slower');

const PARAMETERS: Parameters = {
	timeout: 20_000,
	// the fuzz checker is randomised: a fixed seed makes its verdicts reproducible
	randomSeed: 1,
	// recheck sends a pattern whose quantifier bounds add up to this many or more (30 by default)
	// to its fuzz checker instead of its automaton checker. Screening's patterns repeat nothing
	// without bound (words are `\p{L}{1,20}`, white space is collapsed first), and for such a
	// pattern the automaton checker proves linear time at once. The fuzz checker takes seconds
	// for each, and reported long bounded runs (the Russian and Ukrainian street patterns) as
	// polynomial, though they run in linear time (README.md).
	maxRepeatCount: 1_000
};
const CONCURRENT_CHECKS = Math.min(4, availableParallelism());

async function checkAll(patterns: RegExp[]): Promise<Diagnostics[]> {
	const checkOne = (pattern: RegExp) => check(pattern.source, pattern.flags.replace('g', ''), PARAMETERS);
	// the first check starts recheck's process; checks sent before it is up would start one each
	const results = patterns.length > 0 ? [await checkOne(patterns[0])] : [];
	let next = 1;
	const worker = async () => {
		for (let index = next++; index < patterns.length; index = next++) results[index] = await checkOne(patterns[index]);
	};
	await Promise.all(Array.from({ length: CONCURRENT_CHECKS }, worker));
	return results;
}

function describeDiagnostics(diagnostics: Diagnostics): string {
	const why =
		diagnostics.status === 'vulnerable' ? diagnostics.complexity.summary : diagnostics.status === 'unknown' ? diagnostics.error.kind : 'safe';
	return `${why} (${diagnostics.checker ?? 'no checker'}): /${diagnostics.source.slice(0, 200)}/${diagnostics.flags}`;
}

describe('ReDoS', () => {
	it('recheck, as this test runs it, reports a pattern that backtracks without bound', async () => {
		// the white space round "at" in the old written-out e-mail pattern, and an unbounded local part
		const [separators, localPart] = await checkAll([/\s*[([{]?\s*@/u, /[\p{L}\p{N}._%+-]+@/u]);
		expect(separators.status).toBe('vulnerable');
		expect(localPart.status).toBe('vulnerable');
	});

	it('every regular expression of screening is safe', { timeout: 600_000 }, async () => {
		const unique = [...new Map(screeningPatterns().map((pattern) => [`${pattern.source}/${pattern.flags}`, pattern])).values()];
		expect(unique.length).toBeGreaterThan(1000);
		const results = await checkAll(unique);
		expect(results.filter((diagnostics) => diagnostics.status !== 'safe').map(describeDiagnostics)).toEqual([]);
	});
});
