import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { asc, eq } from 'drizzle-orm';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { Keyring } from '../../src/lib/server/crypto/keyring.ts';
import { parseSecrets } from '../../src/lib/server/crypto/secrets.ts';
import { openDatabase, type Database, type Db } from '../../src/lib/server/db/index.ts';
import { devMailbox, mailOutbox } from '../../src/lib/server/db/schema/index.ts';
import {
	MAX_ATTEMPTS,
	deliverDue,
	devMailboxTransport,
	enqueue,
	eraseMessage,
	listDevMailbox,
	type Message,
	type Render,
	type Transport
} from '../../src/lib/server/mail/outbox.ts';
import { smtpTransport } from '../../src/lib/server/mail/smtp.ts';
import { DRIVERS, useMigratedDatabase } from './databases.ts';

const FROM = 'Voices <no-reply@voices.invalid>';
const MINUTE = 60_000;

const newKeyring = () =>
	new Keyring(parseSecrets('k1:' + randomBytes(32).toString('base64'), randomBytes(32).toString('base64')));

/** A stand-in for the app's renderer (which needs Vite-only imports): plain ASCII, short lines. */
const render: Render = (template, language, params) => ({
	subject: `[${language}] ${template} for ${params.name}`,
	text: `Hello ${params.name},\n\nopen ${params.link}\n`
});

/** A message with an address and a link token of its own, so that a test can look for them. */
function message(overrides: Partial<Message> = {}): Message {
	const token = randomBytes(12).toString('hex');
	return {
		to: `guardian-${token.slice(0, 8)}@example.org`,
		template: 'invite',
		language: 'en',
		params: { name: 'Alex', link: `https://voices.invalid/invite/${token}` },
		...overrides
	};
}

/** Slightly ahead of the database clock, so that a message enqueued just now is due. */
const soon = () => new Date(Date.now() + 1000);

const rowOf = async (db: Db, id: string) => {
	const [row] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
	return row;
};

interface Received {
	from: string | undefined;
	to: string[];
	raw: string;
}

interface TestSmtp {
	url: string;
	received: Received[];
	/** RCPT TO commands seen, accepted or not. */
	recipientsTried: string[];
}

/** Every SMTP server and extra database handle a test starts, closed after it. */
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
	while (cleanups.length) await cleanups.pop()!();
});

async function startSmtp(options: Partial<SMTPServerOptions> = {}): Promise<TestSmtp> {
	const received: Received[] = [];
	const recipientsTried: string[] = [];
	const { onRcptTo, ...rest } = options;
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		closeTimeout: 1000,
		onRcptTo(address, session, callback) {
			recipientsTried.push(address.address);
			if (onRcptTo) onRcptTo(address, session, callback);
			else callback();
		},
		onData(stream, session, callback) {
			const chunks: Buffer[] = [];
			stream.on('data', (chunk: Buffer) => chunks.push(chunk));
			stream.on('error', callback);
			stream.on('end', () => {
				received.push({
					from: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined,
					to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
					raw: Buffer.concat(chunks).toString('utf8')
				});
				callback();
			});
		},
		...rest
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve());
	});
	cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
	const { port } = server.server.address() as AddressInfo;
	return { url: `smtp://127.0.0.1:${port}`, received, recipientsTried };
}

/** A server that refuses every recipient, quoting the address back as real servers do. */
const rejectingSmtp = () =>
	startSmtp({
		onRcptTo(address, _session, callback) {
			const error = new Error(`5.1.1 <${address.address}>: Recipient address rejected`) as Error & {
				responseCode: number;
			};
			error.responseCode = 550;
			callback(error);
		}
	});

/** A transport that records what it was asked to send, optionally slowly. */
function countingTransport(delayMs = 0) {
	const sends = new Map<string, number>();
	const load = { inFlight: 0, most: 0 };
	const transport: Transport = {
		async send({ outboxId }) {
			sends.set(outboxId, (sends.get(outboxId) ?? 0) + 1);
			load.most = Math.max(load.most, ++load.inFlight);
			try {
				if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
			} finally {
				load.inFlight--;
			}
		}
	};
	return { transport, sends, load };
}

describe.each(DRIVERS)('e-mail outbox on %s', (driver) => {
	const test = useMigratedDatabase(driver);

	it('delivers a queued message over SMTP, rendered, to its recipient only', async () => {
		const keyring = newKeyring();
		const smtp = await startSmtp();
		const mail = message({ language: 'de' });
		await enqueue(test.db, keyring, mail);

		const counts = await deliverDue(test.db, keyring, smtpTransport(smtp.url, FROM), render, { now: soon() });

		expect(counts).toEqual({ sent: 1, retried: 0, failed: 0 });
		expect(smtp.received).toHaveLength(1);
		const [got] = smtp.received;
		expect(got.to).toEqual([mail.to]);
		expect(got.from).toBe('no-reply@voices.invalid');
		expect(got.raw).toMatch(new RegExp(`^To: ${mail.to}\\r?$`, 'm'));
		expect(got.raw).toMatch(/^Subject: \[de\] invite for Alex\r?$/m);
		expect(got.raw).toContain(mail.params.link);
	});

	it('sends nothing for a message whose command rolled back', async () => {
		const keyring = newKeyring();
		const { transport, sends } = countingTransport();
		await expect(
			test.db.transaction(async (tx) => {
				await enqueue(tx, keyring, message());
				throw new Error('the command failed');
			})
		).rejects.toThrow('the command failed');

		expect(await deliverDue(test.db, keyring, transport, render, { now: soon() })).toEqual({
			sent: 0,
			retried: 0,
			failed: 0
		});
		expect(sends.size).toBe(0);
		expect(await test.db.select().from(mailOutbox)).toEqual([]);
	});

	it('keeps the recipient sealed while queued and erases it once delivered', async () => {
		const keyring = newKeyring();
		const smtp = await startSmtp();
		const mail = message();
		const id = await enqueue(test.db, keyring, mail);

		const queued = await rowOf(test.db, id);
		expect(queued.recipient).toEqual(expect.any(String));
		expect(queued.params).toEqual(expect.any(String));
		expect(JSON.stringify(queued)).not.toContain(mail.to);
		expect(JSON.stringify(queued)).not.toContain(mail.params.link);
		expect(queued.sentAt).toBeNull();

		const now = soon();
		await deliverDue(test.db, keyring, smtpTransport(smtp.url, FROM), render, { now });
		expect(smtp.received).toHaveLength(1);

		const delivered = await rowOf(test.db, id);
		expect(delivered.recipient).toBeNull();
		expect(delivered.params).toBeNull();
		expect(delivered.sentAt?.getTime()).toBe(now.getTime());
		expect(delivered.failedAt).toBeNull();
		expect(delivered.attempts).toBe(1);
		const json = JSON.stringify(delivered);
		expect(json).not.toContain(mail.to);
		expect(json).not.toContain(mail.to.split('@')[0]);
		expect(json).not.toContain(mail.params.link);

		// a delivered message is not sent again
		await deliverDue(test.db, keyring, smtpTransport(smtp.url, FROM), render, {
			now: new Date(now.getTime() + 24 * 60 * MINUTE)
		});
		expect(smtp.received).toHaveLength(1);
	});

	it('retries a refused message with back-off, storing an error code and never the server message', async () => {
		const keyring = newKeyring();
		const smtp = await rejectingSmtp();
		const transport = smtpTransport(smtp.url, FROM);
		const mail = message();
		const id = await enqueue(test.db, keyring, mail);
		const now = soon();

		expect(await deliverDue(test.db, keyring, transport, render, { now })).toEqual({
			sent: 0,
			retried: 1,
			failed: 0
		});
		expect(smtp.recipientsTried).toEqual([mail.to]);
		expect(smtp.received).toEqual([]);
		let row = await rowOf(test.db, id);
		expect(row.attempts).toBe(1);
		expect(row.sentAt).toBeNull();
		expect(row.failedAt).toBeNull();
		expect(row.lastError).toMatch(/^[A-Z][A-Z0-9_]{1,39}$/);
		expect(row.lastError).not.toContain('@');
		expect(row.nextAttemptAt.getTime()).toBe(now.getTime() + MINUTE);
		// still queued, so still sealed and still readable for the next attempt
		expect(row.recipient).toEqual(expect.any(String));
		expect(JSON.stringify(row)).not.toContain(mail.to);

		// not due again at the same moment, nor a second before the minute is up
		await deliverDue(test.db, keyring, transport, render, { now });
		await deliverDue(test.db, keyring, transport, render, { now: new Date(now.getTime() + 59_000) });
		expect(smtp.recipientsTried).toHaveLength(1);
		expect((await rowOf(test.db, id)).attempts).toBe(1);

		// due after the minute
		const later = new Date(now.getTime() + 61_000);
		expect(await deliverDue(test.db, keyring, transport, render, { now: later })).toEqual({
			sent: 0,
			retried: 1,
			failed: 0
		});
		expect(smtp.recipientsTried).toEqual([mail.to, mail.to]);
		row = await rowOf(test.db, id);
		expect(row.attempts).toBe(2);
		expect(row.nextAttemptAt.getTime()).toBe(later.getTime() + 2 * MINUTE);
	});

	it('retries when no SMTP server answers', async () => {
		const keyring = newKeyring();
		// a port that was free a moment ago: nobody listens on it
		const gone = await startSmtp();
		await cleanups.pop()!();
		const id = await enqueue(test.db, keyring, message());
		const now = soon();

		expect(await deliverDue(test.db, keyring, smtpTransport(gone.url, FROM), render, { now })).toEqual({
			sent: 0,
			retried: 1,
			failed: 0
		});
		const row = await rowOf(test.db, id);
		expect(row.attempts).toBe(1);
		expect(row.lastError).toMatch(/^[A-Z][A-Z0-9_]{1,39}$/);
		expect(row.nextAttemptAt.getTime()).toBe(now.getTime() + MINUTE);
		expect(row.recipient).not.toBeNull();
	});

	it(`gives a message up after ${MAX_ATTEMPTS} failed attempts, erasing its recipient`, async () => {
		const keyring = newKeyring();
		const smtp = await rejectingSmtp();
		const transport = smtpTransport(smtp.url, FROM);
		const mail = message();
		const id = await enqueue(test.db, keyring, mail);
		let now = soon();

		for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
			expect(await deliverDue(test.db, keyring, transport, render, { now })).toEqual({
				sent: 0,
				retried: 1,
				failed: 0
			});
			const row = await rowOf(test.db, id);
			expect(row.attempts).toBe(attempt);
			expect(row.failedAt).toBeNull();
			expect(row.recipient).not.toBeNull();
			// 1, 2, 4 … minutes, at most six hours
			const wait = Math.min(2 ** (attempt - 1), 6 * 60) * MINUTE;
			expect(row.nextAttemptAt.getTime()).toBe(now.getTime() + wait);
			now = new Date(now.getTime() + wait);
		}

		expect(await deliverDue(test.db, keyring, transport, render, { now })).toEqual({
			sent: 0,
			retried: 0,
			failed: 1
		});
		expect(smtp.recipientsTried).toHaveLength(MAX_ATTEMPTS);
		const row = await rowOf(test.db, id);
		expect(row.attempts).toBe(MAX_ATTEMPTS);
		expect(row.failedAt?.getTime()).toBe(now.getTime());
		expect(row.sentAt).toBeNull();
		expect(row.recipient).toBeNull();
		expect(row.params).toBeNull();
		expect(row.lastError).toMatch(/^[A-Z][A-Z0-9_]{1,39}$/);
		expect(JSON.stringify(row)).not.toContain(mail.to);

		// given up means given up
		await deliverDue(test.db, keyring, transport, render, { now: new Date(now.getTime() + 7 * 24 * 60 * MINUTE) });
		expect(smtp.recipientsTried).toHaveLength(MAX_ATTEMPTS);
	});

	it('sends each message once when one process delivers twice in a row', async () => {
		const keyring = newKeyring();
		const ids = [];
		for (let i = 0; i < 6; i++) ids.push(await enqueue(test.db, keyring, message()));
		const { transport, sends } = countingTransport();
		const now = soon();

		const first = await test.db.transaction((tx) => deliverDue(tx, keyring, transport, render, { now }));
		const second = await test.db.transaction((tx) => deliverDue(tx, keyring, transport, render, { now }));

		expect(first.sent).toBe(6);
		expect(second.sent).toBe(0);
		expect([...sends.keys()].sort()).toEqual([...ids].sort());
		expect([...sends.values()]).toEqual([1, 1, 1, 1, 1, 1]);
	});

	it('erases a delivered message from the outbox and the development mailbox', async () => {
		const keyring = newKeyring();
		const erased = message({ template: 'password-reset' });
		const kept = message();
		const erasedId = await enqueue(test.db, keyring, erased);
		const keptId = await enqueue(test.db, keyring, kept);
		await deliverDue(test.db, keyring, devMailboxTransport(test.db, keyring), render, { now: soon() });

		const before = await listDevMailbox(test.db, keyring);
		expect(before.map((mail) => mail.to).sort()).toEqual([erased.to, kept.to].sort());
		const copy = before.find((mail) => mail.to === erased.to)!;
		expect(copy.subject).toBe('[en] password-reset for Alex');
		expect(copy.body).toContain(erased.params.link);
		// the development mailbox seals the address too
		for (const row of await test.db.select().from(devMailbox)) {
			expect(row.recipient).not.toContain('@');
		}

		await eraseMessage(test.db, erasedId);

		const after = await listDevMailbox(test.db, keyring);
		expect(after.map((mail) => mail.to)).toEqual([kept.to]);
		const dumped = JSON.stringify(await test.db.select().from(devMailbox));
		expect(dumped).not.toContain(erased.params.link);
		const row = await rowOf(test.db, erasedId);
		expect(row.recipient).toBeNull();
		expect(row.params).toBeNull();
		expect((await rowOf(test.db, keptId)).sentAt).not.toBeNull();
	});

	it('never sends a queued message that was erased before delivery', async () => {
		const keyring = newKeyring();
		const { transport, sends } = countingTransport();
		const id = await enqueue(test.db, keyring, message());

		await eraseMessage(test.db, id);
		const erased = await rowOf(test.db, id);
		expect(erased.recipient).toBeNull();
		expect(erased.params).toBeNull();

		const counts = await deliverDue(test.db, keyring, transport, render, { now: soon() });
		expect(sends.size).toBe(0);
		expect(counts.sent).toBe(0);
		const row = await rowOf(test.db, id);
		expect(row.sentAt).toBeNull();
		// nothing left to try with: it is closed rather than retried forever
		expect(row.failedAt).not.toBeNull();
	});
});

// two processes need two connections to one database: only the server has that
describe.runIf(DRIVERS.includes('postgres'))('e-mail outbox with several deliverers on postgres', () => {
	const test = useMigratedDatabase('postgres');

	async function processes(n: number): Promise<Database[]> {
		const opened = await Promise.all(
			Array.from({ length: n }, () => openDatabase({ url: test.url!, poolSize: 2 }))
		);
		cleanups.push(async () => {
			await Promise.all(opened.map((database) => database.close()));
		});
		return opened;
	}

	for (const batch of [20, 3]) {
		it(`never sends a message twice when two processes deliver at once (batch ${batch})`, async () => {
			const keyring = newKeyring();
			const ids: string[] = [];
			for (let i = 0; i < 6; i++) ids.push(await enqueue(test.db, keyring, message()));
			const { transport, sends, load } = countingTransport(200);
			const now = soon();
			const deliverers = await processes(2);

			const results = await Promise.all(
				deliverers.map((database) =>
					database.db.transaction((tx) => deliverDue(tx, keyring, transport, render, { now, batch }))
				)
			);

			expect(results.reduce((sum, result) => sum + result.sent, 0)).toBe(6);
			expect([...sends.keys()].sort()).toEqual([...ids].sort());
			expect([...sends.values()]).toEqual([1, 1, 1, 1, 1, 1]);
			const rows = await test.db.select().from(mailOutbox).orderBy(asc(mailOutbox.createdAt));
			expect(rows.every((row) => row.sentAt !== null && row.recipient === null && row.attempts === 1)).toBe(
				true
			);
			if (batch === 3) {
				// each claimed a share and sent it while the other was sending, rather than
				// waiting for the other's locks
				expect(results.map((result) => result.sent)).toEqual([3, 3]);
				expect(load.most).toBe(2);
			}
		});
	}
});
