import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import * as audit from '../audit/index.ts';
import type { Actor, Result } from '../auth/staff.ts';
import { readConsultation, readForMember } from '../consultations/index.ts';
import { effectiveState } from '../consultations/rules.ts';
import type { Db } from '../db/index.ts';
import { consultations, publicResults, releases, type ReleaseTexts } from '../db/schema/index.ts';
import { progress } from '../moderation/index.ts';
import { offeredLanguages } from '../participation/index.ts';
import { buildSnapshot, type Snapshot } from './snapshot.ts';

/**
 * Releases (issue #9): a moderator prepares one from the moderated answers, writes with the
 * others what children will read, and a second moderator approves it; then it is published and
 * never changes. Everything anyone reads about results — the findings workspace, exports, the
 * child's page behind a receipt code, the public page — reads a published snapshot, never the
 * answers.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const isModerator = (actor: Actor) => actor.roles.includes('moderator');
/** Who reads findings: the Expert Group's reviewers, and the moderators who approve them. */
export const canReadFindings = (actor: Actor) => actor.roles.includes('reviewer') || actor.roles.includes('moderator');
const PREPARABLE = ['closed', 'in_review', 'released'] as const;
export const TEXT_LIMIT = 5000;

export type ReleaseRow = typeof releases.$inferSelect;
export interface Release extends Omit<ReleaseRow, 'snapshot'> {
	snapshot: Snapshot;
}

const asRelease = (row: ReleaseRow): Release => ({ ...row, snapshot: row.snapshot as Snapshot });

/** A fingerprint of what an approver saw, so that an approval never covers text changed since. */
export function digestOf(release: Pick<Release, 'snapshot' | 'texts'>): string {
	return createHash('sha256').update(JSON.stringify([release.snapshot, release.texts])).digest('base64url').slice(0, 22);
}

/** Every language that still lacks "what we heard" or "what happens next". */
export function missingTexts(release: Pick<Release, 'snapshot' | 'texts'>): string[] {
	return release.snapshot.languages.filter((language) => !release.texts[language]?.heard.trim() || !release.texts[language]?.next.trim());
}

async function history(db: Db, consultationId: string): Promise<Release[]> {
	return (await db.select().from(releases).where(eq(releases.consultationId, consultationId)).orderBy(desc(releases.version))).map(asRelease);
}

/** A moderator's view of a consultation's releases; null for anyone else or a consultation with no answers to release. */
export async function releaseWork(db: Db, actor: Actor, consultationId: string, now = new Date()) {
	if (!isModerator(actor) || !UUID.test(consultationId)) return null;
	const design = await readConsultation(db, consultationId);
	if (!design) return null;
	const state = effectiveState(design.consultation, now);
	if (!(PREPARABLE as readonly string[]).includes(state)) return null;
	const releasesOf = await history(db, consultationId);
	return {
		design,
		state,
		moderation: await progress(db, consultationId),
		draft: releasesOf.find((release) => release.state === 'draft') ?? null,
		published: releasesOf.find((release) => release.state === 'published') ?? null,
		history: releasesOf.filter((release) => release.state !== 'draft')
	};
}

export type PrepareRefusal = 'not-found' | 'moderation-unfinished' | 'changed';

/** The version a prepare would write: the one in preparation, or the next. */
export const nextVersion = (work: { draft: Release | null; history: Release[] }) => work.draft?.version ?? (work.history[0]?.version ?? 0) + 1;

/**
 * Prepares a release, or brings the one in preparation up to date: the tables are computed now,
 * from the moderated answers; the texts start from the published release's, if there is one.
 */
export async function prepare(db: Db, actor: Actor, consultationId: string, version: number, now = new Date()): Promise<Result<{ releaseId: string }, PrepareRefusal>> {
	const work = await releaseWork(db, actor, consultationId, now);
	if (!work) return { ok: false, reason: 'not-found' };
	// the page said which version this prepares: a second click, or another moderator's release meanwhile, changes nothing
	if (version !== nextVersion(work)) return { ok: false, reason: 'changed' };
	const { moderation } = work;
	// a release is built from decided answers only: nothing pending, waiting or unhandled
	if (work.state !== 'released' && (moderation.pending > 0 || moderation.awaiting > 0 || moderation.openFlags > 0)) return { ok: false, reason: 'moderation-unfinished' };
	const snapshot = await buildSnapshot(db, work.design, { languages: offeredLanguages(work.design), previouslyHidden: work.published?.snapshot.hidden });
	return db.transaction(async (tx) => {
		let releaseId: string;
		if (work.draft) {
			releaseId = work.draft.id;
			await tx
				.update(releases)
				.set({ snapshot, preparedBy: actor.id, preparedAt: now })
				.where(and(eq(releases.id, releaseId), eq(releases.state, 'draft')));
		} else {
			const texts: ReleaseTexts = Object.fromEntries(snapshot.languages.map((language) => [language, work.published?.texts[language] ?? { heard: '', next: '' }]));
			const [created] = await tx
				.insert(releases)
				.values({ consultationId, version: (work.history[0]?.version ?? 0) + 1, snapshot, texts, preparedBy: actor.id, preparedAt: now })
				.onConflictDoNothing()
				.returning({ id: releases.id });
			// another moderator started one at the same moment: theirs is the one in preparation
			if (!created) return { ok: false as const, reason: 'not-found' as const };
			releaseId = created.id;
		}
		// a consultation past its closing instant is now formally in review
		if (work.design.consultation.state === 'open' || work.design.consultation.state === 'closed') {
			await tx.update(consultations).set({ state: 'in_review', updatedAt: now }).where(eq(consultations.id, consultationId));
		}
		await audit.record(tx as unknown as Db, { actorId: actor.id, action: 'release.prepared', objectType: 'consultation', objectId: consultationId, details: { hidden: snapshot.hidden.length } });
		return { ok: true as const, releaseId };
	});
}

export async function saveTexts(db: Db, actor: Actor, consultationId: string, texts: ReleaseTexts, now = new Date()): Promise<Result<object, 'not-found'>> {
	const work = await releaseWork(db, actor, consultationId, now);
	if (!work?.draft) return { ok: false, reason: 'not-found' };
	const kept: ReleaseTexts = Object.fromEntries(
		work.draft.snapshot.languages.map((language) => [language, { heard: (texts[language]?.heard ?? '').trim().slice(0, TEXT_LIMIT), next: (texts[language]?.next ?? '').trim().slice(0, TEXT_LIMIT) }])
	);
	return db.transaction(async (tx) => {
		const updated = await tx
			.update(releases)
			.set({ texts: kept })
			.where(and(eq(releases.id, work.draft!.id), eq(releases.state, 'draft')))
			.returning({ id: releases.id });
		if (updated.length === 0) return { ok: false as const, reason: 'not-found' as const };
		await audit.record(tx as unknown as Db, { actorId: actor.id, action: 'release.texts', objectType: 'consultation', objectId: consultationId, details: {} });
		return { ok: true as const };
	});
}

export type ApproveRefusal = 'not-found' | 'own' | 'incomplete' | 'changed';

/**
 * The second moderator's approval publishes the release exactly as they saw it (`digest`), the
 * one before it becomes history, and the consultation is released.
 */
export async function approve(db: Db, actor: Actor, consultationId: string, digest: string, now = new Date()): Promise<Result<{ version: number }, ApproveRefusal>> {
	const work = await releaseWork(db, actor, consultationId, now);
	const draft = work?.draft;
	if (!draft) return { ok: false, reason: 'not-found' };
	if (draft.preparedBy === actor.id) return { ok: false, reason: 'own' };
	if (missingTexts(draft).length > 0) return { ok: false, reason: 'incomplete' };
	if (digestOf(draft) !== digest) return { ok: false, reason: 'changed' };
	return db.transaction(async (tx) => {
		const [locked] = await tx.select().from(releases).where(and(eq(releases.id, draft.id), eq(releases.state, 'draft'))).for('update');
		if (!locked || digestOf(asRelease(locked)) !== digest) return { ok: false as const, reason: 'changed' as const };
		await tx.update(releases).set({ state: 'superseded' }).where(and(eq(releases.consultationId, consultationId), eq(releases.state, 'published')));
		await tx.update(releases).set({ state: 'published', approvedBy: actor.id, publishedAt: now }).where(eq(releases.id, draft.id));
		await tx.update(consultations).set({ state: 'released', updatedAt: now }).where(eq(consultations.id, consultationId));
		await audit.record(tx as unknown as Db, { actorId: actor.id, action: 'release.published', objectType: 'consultation', objectId: consultationId, details: { version: draft.version } });
		return { ok: true as const, version: draft.version };
	});
}

/** The published release of a consultation, for the child's page behind a receipt code. */
export async function published(db: Db, consultationId: string): Promise<Release | null> {
	if (!UUID.test(consultationId)) return null;
	const [row] = await db.select().from(releases).where(and(eq(releases.consultationId, consultationId), eq(releases.state, 'published')));
	return row ? asRelease(row) : null;
}

/** Released consultations, newest release first, for reviewers. */
export async function findings(db: Db, actor: Actor) {
	if (!canReadFindings(actor)) return null;
	const rows = await db.select().from(releases).where(eq(releases.state, 'published')).orderBy(desc(releases.publishedAt));
	return rows.map(asRelease);
}

/** One consultation's published release (or, by version, an earlier one) and its history. */
export async function findingsOf(db: Db, actor: Actor, consultationId: string, version?: number) {
	if (!canReadFindings(actor) || !UUID.test(consultationId)) return null;
	const all = (await history(db, consultationId)).filter((release) => release.state !== 'draft');
	const release = version === undefined ? all.find((r) => r.state === 'published') : all.find((r) => r.version === version);
	return release ? { release, history: all } : null;
}

/** Lower-case ASCII words of a title, for a readable address, and a short random tail so that it cannot be guessed before it is public. */
export function slugFor(title: string): string {
	const words = title
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 50)
		.replace(/-+$/, '');
	const tail = randomBytes(3).toString('hex');
	return words.length >= 3 ? `${words}-${tail}` : `results-${tail}`;
}

/** The public address of a consultation's results, if the facilitator made them public. */
export async function publicSlug(db: Db, consultationId: string): Promise<string | null> {
	if (!UUID.test(consultationId)) return null;
	const [row] = await db.select({ slug: publicResults.slug }).from(publicResults).where(eq(publicResults.consultationId, consultationId));
	return row?.slug ?? null;
}

/** A facilitator of the consultation makes its released results public at `/results/<slug>`, or private again. */
export async function setPublic(db: Db, actor: Actor, consultationId: string, on: boolean): Promise<Result<{ slug: string | null }, 'not-found' | 'not-released'>> {
	if (!UUID.test(consultationId)) return { ok: false, reason: 'not-found' };
	const found = await readForMember(db, actor, consultationId);
	if (!found) return { ok: false, reason: 'not-found' };
	const release = await published(db, consultationId);
	if (on && !release) return { ok: false, reason: 'not-released' };
	return db.transaction(async (tx) => {
		let slug: string | null = null;
		if (on) {
			const title = release!.snapshot.title[release!.snapshot.sourceLanguage] ?? '';
			await tx.insert(publicResults).values({ consultationId, slug: slugFor(title), madePublicBy: actor.id }).onConflictDoNothing();
			[{ slug }] = await tx.select({ slug: publicResults.slug }).from(publicResults).where(eq(publicResults.consultationId, consultationId));
		} else {
			await tx.delete(publicResults).where(eq(publicResults.consultationId, consultationId));
		}
		await audit.record(tx as unknown as Db, { actorId: actor.id, action: on ? 'results.public' : 'results.private', objectType: 'consultation', objectId: consultationId, details: {} });
		return { ok: true as const, slug };
	});
}

/** The published release behind a public address; null when there is none (or it was made private). */
export async function publicRelease(db: Db, slug: string): Promise<Release | null> {
	if (!/^[a-z0-9-]{3,80}$/.test(slug)) return null;
	const [row] = await db
		.select({ release: releases })
		.from(publicResults)
		.innerJoin(releases, and(eq(releases.consultationId, publicResults.consultationId), eq(releases.state, 'published')))
		.where(eq(publicResults.slug, slug));
	return row ? asRelease(row.release) : null;
}

