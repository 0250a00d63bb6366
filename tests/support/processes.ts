import { spawn, type ChildProcess } from 'node:child_process';

export interface Started {
	process: ChildProcess;
	/** What the process printed, for a failing test's message (it never holds personal data). */
	output(): string;
	stop(): Promise<number | null>;
}

/** Starts a command in its own process group, so that stopping it stops its children too. */
export function start(command: string, args: string[], env: Record<string, string>): Started {
	const child = spawn(command, args, {
		env: { ...process.env, ...env },
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	const collect = (chunk: Buffer) => {
		output = (output + chunk.toString()).slice(-20_000);
	};
	child.stdout?.on('data', collect);
	child.stderr?.on('data', collect);
	const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
	return {
		process: child,
		output: () => output,
		async stop() {
			if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
			signalGroup(child, 'SIGTERM');
			const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), 10_000);
			const code = await exited;
			clearTimeout(timer);
			return code;
		}
	};
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
	try {
		process.kill(-child.pid!, signal);
	} catch {
		// already gone
	}
}

/** Polls a URL until it answers with the status wanted, or fails after `timeoutMs`. */
export async function waitForStatus(
	url: string,
	status: number,
	{ timeoutMs = 60_000, started }: { timeoutMs?: number; started?: Started } = {}
): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	let last = 'no answer';
	while (Date.now() < deadline) {
		if (started && started.process.exitCode !== null) {
			throw new Error(`process exited with ${started.process.exitCode} before ${url} answered:\n${started.output()}`);
		}
		try {
			const response = await fetch(url, { signal: AbortSignal.timeout(3000) });
			if (response.status === status) return;
			last = `status ${response.status}`;
		} catch (error) {
			last = (error as Error).name;
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error(`${url} did not answer ${status} within ${timeoutMs} ms (last: ${last})${started ? `:\n${started.output()}` : ''}`);
}
