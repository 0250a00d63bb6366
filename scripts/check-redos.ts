// Checks every regular expression screening runs with recheck, a kept ReDoS checker, and lists
// those it cannot prove linear. By hand for now (`node scripts/check-redos.ts`): over ~1 300
// patterns it takes about 20 minutes on two cores, because patterns with lookarounds fall back
// to recheck's fuzz checker. Issue #5 wants this in a test once the composite patterns (e-mail,
// written-out e-mail, links, street names) are rewritten in forms the automaton checker proves.
import { checkSync } from 'recheck';
import { screeningPatterns } from '../src/lib/server/screening/index.ts';

const unique = [...new Map(screeningPatterns().map((pattern) => [`${pattern.source}/${pattern.flags}`, pattern])).values()];
const started = performance.now();
let unsafe = 0;
for (const [index, pattern] of unique.entries()) {
	const diagnostics = checkSync(pattern.source, pattern.flags.replace('g', ''), { timeout: 20_000 });
	if (diagnostics.status !== 'safe') {
		unsafe++;
		console.log(`${diagnostics.status} (${diagnostics.checker}): /${pattern.source.slice(0, 160)}/${pattern.flags}`);
	}
	if ((index + 1) % 100 === 0) console.error(`${index + 1} of ${unique.length} checked`);
}
console.log(`${unique.length} patterns, ${unsafe} not proved safe, ${Math.round((performance.now() - started) / 1000)} s`);
process.exitCode = unsafe > 0 ? 1 : 0;
