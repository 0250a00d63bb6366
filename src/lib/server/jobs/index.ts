import { purgeRateLimits } from '../auth/rate-limit.ts';
import { purgeExpiredSessions } from '../auth/sessions.ts';
import { keyring } from '../crypto/index.ts';
import type { Db } from '../db/index.ts';
import { deliverDue, devMailboxTransport, purgeMail, type Transport } from '../mail/outbox.ts';
import { renderMail } from '../mail/render.ts';
import { smtpTransport } from '../mail/smtp.ts';
import { config } from '../config.ts';
import { lt } from 'drizzle-orm';
import { staffTokens } from '../db/schema/index.ts';
import { expireRequests } from '../consent/index.ts';
import { notifyLeads } from '../moderation/index.ts';
import { purgeExpired as purgeExpiredParticipations } from '../participation/index.ts';
import type { Job } from './runner.ts';

function transportFor(db: Db): Transport | null {
	const settings = config();
	if (settings.SMTP_URL) return smtpTransport(settings.SMTP_URL, settings.MAIL_FROM);
	// without SMTP, development reads mail on /staff/dev/mailbox; production waits for a server
	return settings.NODE_ENV === 'production' ? null : devMailboxTransport(db, keyring());
}

/** The app's periodic jobs; later work adds its own here. */
export const JOBS: Job[] = [
	{
		name: 'send-mail',
		intervalMs: 5_000,
		async run(db, now) {
			const transport = transportFor(db);
			if (!transport) return;
			// a small batch: sending happens inside the job's transaction, which a slow server holds open
			return deliverDue(db, keyring(), transport, renderMail, { now, batch: 5 });
		}
	},
	{
		name: 'notify-safeguarding-leads',
		intervalMs: 30_000,
		async run(db) {
			// the link in the mail needs the public address; development runs on Vite's
			return notifyLeads(db, keyring(), config().ORIGIN ?? 'http://localhost:5173');
		}
	},
	{
		name: 'purge-expired',
		intervalMs: 10 * 60_000,
		async run(db, now) {
			const sessions = await purgeExpiredSessions(db, now);
			const rateLimits = await purgeRateLimits(db, now);
			const tokens = (await db.delete(staffTokens).where(lt(staffTokens.expiresAt, now)).returning({ id: staffTokens.id })).length;
			const mail = await purgeMail(db, now);
			// participations unused past the resume lifetime, and expired retry records
			const journeys = await purgeExpiredParticipations(db, now);
			// guardian links past their day, with the messages that carried the address
			const consent = await expireRequests(db, now);
			return { sessions, rateLimits, tokens, outbox: mail.outbox, devMailbox: mail.devMailbox, participations: journeys.participations, submissions: journeys.submissions, guardianRequests: consent.requests };
		}
	}
];
