import { lt } from 'drizzle-orm';
import { purgeRateLimits } from '../auth/rate-limit.ts';
import { purgeExpiredSessions } from '../auth/sessions.ts';
import { expireRequests } from '../consent/index.ts';
import { staffTokens } from '../db/schema/index.ts';
import { purgeMail } from '../mail/outbox.ts';
import { purgeExpired as purgeExpiredParticipations } from '../participation/index.ts';
import { purgeExpiredConsultations } from '../retention/index.ts';
import type { Job } from './runner.ts';

/**
 * Everything that is kept only for a while goes here (DESIGN.md "Lifecycle", issue #10): expired
 * sessions, invitations and reset links, mail, unused participations, guardian links, and the raw
 * data of consultations past their retention period. `npm run purge` runs it by hand.
 */
export const PURGE_JOB: Job = {
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
		// consultations past their retention period lose their raw data and are archived
		const retention = await purgeExpiredConsultations(db, now);
		return { archived: retention.consultations, responses: retention.responses, answers: retention.answers, flags: retention.flags, sessions, rateLimits, tokens, outbox: mail.outbox, devMailbox: mail.devMailbox, participations: journeys.participations, submissions: journeys.submissions, guardianRequests: consent.requests };
	}
};
