import { keyring } from '../crypto/index.ts';
import type { Db } from '../db/index.ts';
import { deliverDue, devMailboxTransport, type Transport } from '../mail/outbox.ts';
import { renderMail } from '../mail/render.ts';
import { smtpTransport } from '../mail/smtp.ts';
import { config } from '../config.ts';
import { closeDue } from '../consultations/index.ts';
import { notifyLeads } from '../moderation/index.ts';
import { PURGE_JOB } from './purge.ts';
import type { Job } from './runner.ts';

export { PURGE_JOB };

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
		name: 'close-consultations',
		intervalMs: 60_000,
		// past their closing instant, open consultations go to review
		run: (db, now) => closeDue(db, now)
	},
	PURGE_JOB
];
