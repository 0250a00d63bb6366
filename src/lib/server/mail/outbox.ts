import { and, asc, eq, isNull, lte, sql } from 'drizzle-orm';
import type { Keyring } from '../crypto/keyring.ts';
import type { Db } from '../db/index.ts';
import { devMailbox, mailOutbox } from '../db/schema/index.ts';

/**
 * E-mail goes out through an outbox: a command that sends mail only adds a row in its own
 * transaction (so a rolled-back command sends nothing), and a job delivers it. The recipient and
 * the parameters are sealed; both are erased when the message is delivered or given up.
 */
export const TEMPLATES = ['invite', 'password-reset', 'guardian-consent', 'safeguarding-flag'] as const;
export type Template = (typeof TEMPLATES)[number];

export const MAX_ATTEMPTS = 8;

const RECIPIENT = 'mail-recipient';
const PARAMS = 'mail-params';

export interface Message {
	to: string;
	template: Template;
	language: string;
	params: Record<string, string>;
}

export async function enqueue(db: Db, keyring: Keyring, message: Message): Promise<string> {
	const [row] = await db
		.insert(mailOutbox)
		.values({
			template: message.template,
			language: message.language,
			recipient: keyring.seal(message.to, RECIPIENT),
			params: keyring.seal(JSON.stringify(message.params), PARAMS)
		})
		.returning({ id: mailOutbox.id });
	return row.id;
}

export interface Rendered {
	subject: string;
	text: string;
}

export interface Transport {
	/** Sends one message; throws on failure (with a `code` where the transport has one). */
	send(message: { to: string; subject: string; text: string; outboxId: string }): Promise<void>;
}

export type Render = (template: Template, language: string, params: Record<string, string>) => Rendered;

/** Waiting time before attempt `n + 1`: 1, 2, 4 … minutes, at most six hours. */
export function backoffMs(attempts: number): number {
	return Math.min(2 ** Math.max(attempts - 1, 0) * 60_000, 6 * 60 * 60_000);
}

/**
 * Delivers the messages that are due, oldest first, claiming them with SKIP LOCKED so that two
 * processes never send one twice. Returns counts only.
 */
export async function deliverDue(
	db: Db,
	keyring: Keyring,
	transport: Transport,
	render: Render,
	{ now = new Date(), batch = 20 }: { now?: Date; batch?: number } = {}
): Promise<{ sent: number; retried: number; failed: number }> {
	const due = await db
		.select()
		.from(mailOutbox)
		.where(and(isNull(mailOutbox.sentAt), isNull(mailOutbox.failedAt), lte(mailOutbox.nextAttemptAt, now)))
		.orderBy(asc(mailOutbox.nextAttemptAt))
		.limit(batch)
		.for('update', { skipLocked: true });
	const counts = { sent: 0, retried: 0, failed: 0 };
	for (const row of due) {
		const to = row.recipient ? keyring.open(row.recipient, RECIPIENT) : null;
		const params = row.params ? keyring.open(row.params, PARAMS) : null;
		let errorCode: string | null = null;
		if (to === null || params === null) {
			errorCode = 'UNREADABLE';
		} else {
			try {
				const rendered = render(row.template as Template, row.language, JSON.parse(params));
				await transport.send({ to, ...rendered, outboxId: row.id });
			} catch (error) {
				const code = (error as { code?: unknown }).code;
				errorCode = typeof code === 'string' ? code.slice(0, 40) : 'ESEND';
			}
		}
		const attempts = row.attempts + 1;
		if (errorCode === null) {
			await db.update(mailOutbox).set({ sentAt: now, attempts, recipient: null, params: null, lastError: null }).where(eq(mailOutbox.id, row.id));
			counts.sent++;
		} else if (attempts >= MAX_ATTEMPTS || errorCode === 'UNREADABLE') {
			await db
				.update(mailOutbox)
				.set({ failedAt: now, attempts, recipient: null, params: null, lastError: errorCode })
				.where(eq(mailOutbox.id, row.id));
			counts.failed++;
		} else {
			await db
				.update(mailOutbox)
				.set({ attempts, lastError: errorCode, nextAttemptAt: new Date(now.getTime() + backoffMs(attempts)) })
				.where(eq(mailOutbox.id, row.id));
			counts.retried++;
		}
	}
	return counts;
}

/**
 * Erases a message's recipient and parameters wherever they are — the outbox and the
 * development mailbox — for flows that must forget an address at once (a guardian's decision).
 */
export async function eraseMessage(db: Db, outboxId: string): Promise<void> {
	await db.update(mailOutbox).set({ recipient: null, params: null }).where(eq(mailOutbox.id, outboxId));
	await db.delete(devMailbox).where(eq(devMailbox.outboxId, outboxId));
}

/** Removes delivered or abandoned outbox rows after a week, and the development mailbox after a day. */
export async function purgeMail(db: Db, now = new Date()): Promise<{ outbox: number; devMailbox: number }> {
	const week = new Date(now.getTime() - 7 * 24 * 60 * 60_000);
	const day = new Date(now.getTime() - 24 * 60 * 60_000);
	const outbox = await db
		.delete(mailOutbox)
		.where(and(isNull(mailOutbox.recipient), lte(mailOutbox.createdAt, week)))
		.returning({ id: mailOutbox.id });
	const dev = await db.delete(devMailbox).where(lte(devMailbox.createdAt, day)).returning({ id: devMailbox.id });
	return { outbox: outbox.length, devMailbox: dev.length };
}

/** Development: the "delivered" messages, newest first, opened for reading. */
export async function listDevMailbox(db: Db, keyring: Keyring) {
	const rows = await db.select().from(devMailbox).orderBy(sql`${devMailbox.createdAt} desc`).limit(50);
	return rows.map((row) => ({
		id: row.id,
		to: row.recipient ? keyring.open(row.recipient, RECIPIENT) : null,
		subject: row.subject,
		body: row.body,
		createdAt: row.createdAt
	}));
}

/** Development without SMTP: "delivering" writes the message into the development mailbox. */
export function devMailboxTransport(db: Db, keyring: Keyring): Transport {
	return {
		async send({ to, subject, text, outboxId }) {
			await db.insert(devMailbox).values({ outboxId, recipient: keyring.seal(to, RECIPIENT), subject, body: text });
		}
	};
}
