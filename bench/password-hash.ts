// What a staff sign-in costs the server: argon2id with OWASP's parameters (19 MiB, t=2, p=1)
// as src/lib/server/auth/passwords.ts uses them, one at a time and thirty at once (a class's
// worth of staff signing in together). Prints time per verification and the process's peak
// resident memory.   node bench/password-hash.ts
import { readFileSync } from 'node:fs';
import { hashPassword, verifyPassword } from '../src/lib/server/auth/passwords.ts';

const PASSWORD = 'lighthouse pebble tundra 42';
const peakRssMiB = () => Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024;

const hash = await hashPassword(PASSWORD);
const timings: number[] = [];
for (let i = 0; i < 21; i++) {
	const started = performance.now();
	await verifyPassword(hash, PASSWORD);
	timings.push(performance.now() - started);
}
timings.sort((a, b) => a - b);
console.log(`one at a time: median ${timings[10].toFixed(1)} ms, slowest ${timings[20].toFixed(1)} ms`);

const started = performance.now();
await Promise.all(Array.from({ length: 30 }, () => verifyPassword(hash, PASSWORD)));
console.log(`30 at once: ${(performance.now() - started).toFixed(0)} ms for all, peak RSS ${peakRssMiB().toFixed(0)} MiB`);
