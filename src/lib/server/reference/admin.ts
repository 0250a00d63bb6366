import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { COUNTRY_CODES, type CountryCode } from '../../countries.ts';
import { LANGUAGES } from '../../i18n/languages.ts';
import * as audit from '../audit/index.ts';
import type { Actor, Result } from '../auth/staff.ts';
import type { Db } from '../db/index.ts';
import { digitalConsentAges, helplines } from '../db/schema/index.ts';
import { formatOpeningHours } from './hours.ts';

/**
 * The country table as admins keep it (issue #7): the age of digital consent with the day from
 * which each applies (the gate reads the row valid on the day a child joins), and each
 * country's help lines. Every change is audited.
 */

const isAdmin = (actor: Actor) => actor.roles.includes('admin');

export async function countryTable(db: Db) {
	const ages = await db.select().from(digitalConsentAges).orderBy(asc(digitalConsentAges.countryCode), asc(digitalConsentAges.validFrom));
	const lines = await db.select().from(helplines).orderBy(asc(helplines.countryCode), asc(helplines.sortOrder), asc(helplines.id));
	return COUNTRY_CODES.map((code) => ({
		code,
		ages: ages.filter((row) => row.countryCode === code).map((row) => ({ age: row.age, validFrom: row.validFrom })),
		helplines: lines.filter((row) => row.countryCode === code)
	}));
}

export const consentAgeForm = z.object({
	country: z.enum(COUNTRY_CODES, 'invalidValue'),
	age: z.coerce.number('countries.ageRange').int('countries.ageRange').min(13, 'countries.ageRange').max(18, 'countries.ageRange'),
	validFrom: z.iso.date('countries.validFromInvalid')
});

/** An age from a day on; a row for the same country and day is corrected in place. */
export async function setConsentAge(db: Db, actor: Actor, input: z.infer<typeof consentAgeForm>): Promise<Result<object, 'forbidden'>> {
	if (!isAdmin(actor)) return { ok: false, reason: 'forbidden' };
	await db.transaction(async (tx) => {
		await tx
			.insert(digitalConsentAges)
			.values({ countryCode: input.country, age: input.age, validFrom: input.validFrom })
			.onConflictDoUpdate({ target: [digitalConsentAges.countryCode, digitalConsentAges.validFrom], set: { age: input.age, updatedAt: new Date() } });
		await audit.record(tx as unknown as Db, { actorId: actor.id, action: 'reference.consent_age_set', objectType: 'country', objectId: null, details: { country: input.country, age: input.age, validFrom: input.validFrom } });
	});
	return { ok: true };
}

const optional = (schema: z.ZodType<string>) => z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());

export const helplineForm = z.object({
	id: z.preprocess((value) => (value === '' || value === undefined ? undefined : Number(value)), z.number().int().positive().optional()),
	country: z.enum(COUNTRY_CODES, 'invalidValue'),
	number: z.string().trim().regex(/^\+?[0-9][0-9 ()-]{1,38}$/, 'countries.numberInvalid'),
	name: z.string().trim().min(1, 'countries.nameRequired').max(120, 'countries.nameRequired'),
	languages: z.array(z.enum(LANGUAGES, 'invalidValue')).min(1, 'countries.languagesRequired'),
	hours: optional(z.string().trim().max(200, 'countries.hoursInvalid').refine((hours) => formatOpeningHours(hours, 'en').kind !== 'raw', 'countries.hoursInvalid')),
	webAddress: optional(z.url({ protocol: /^https$/, error: 'countries.webAddressInvalid' }).max(300, 'countries.webAddressInvalid'))
});

/** A help line added, or one of a country's corrected. */
export async function saveHelpline(db: Db, actor: Actor, input: z.infer<typeof helplineForm>): Promise<Result<object, 'forbidden' | 'not-found' | 'duplicate'>> {
	if (!isAdmin(actor)) return { ok: false, reason: 'forbidden' };
	const values = { countryCode: input.country as CountryCode, number: input.number, name: input.name, languages: input.languages, hours: input.hours ?? null, webAddress: input.webAddress ?? null, updatedAt: new Date() };
	const [clash] = await db.select({ id: helplines.id }).from(helplines).where(and(eq(helplines.countryCode, input.country), eq(helplines.number, input.number)));
	if (clash && clash.id !== input.id) return { ok: false, reason: 'duplicate' };
	let found = true;
	await db.transaction(async (tx) => {
		if (input.id) {
			const updated = await tx.update(helplines).set(values).where(and(eq(helplines.id, input.id), eq(helplines.countryCode, input.country))).returning({ id: helplines.id });
			found = updated.length > 0;
			if (!found) return;
		} else {
			await tx.insert(helplines).values(values);
		}
		await audit.record(tx as unknown as Db, { actorId: actor.id, action: input.id ? 'reference.helpline_changed' : 'reference.helpline_added', objectType: 'country', objectId: null, details: { country: input.country } });
	});
	return found ? { ok: true } : { ok: false, reason: 'not-found' };
}

/** A help line removed; a country keeps at least one. */
export async function removeHelpline(db: Db, actor: Actor, id: number): Promise<Result<object, 'forbidden' | 'not-found' | 'last'>> {
	if (!isAdmin(actor)) return { ok: false, reason: 'forbidden' };
	const [line] = await db.select().from(helplines).where(eq(helplines.id, id));
	if (!line) return { ok: false, reason: 'not-found' };
	const others = await db.select({ id: helplines.id }).from(helplines).where(eq(helplines.countryCode, line.countryCode));
	if (others.length <= 1) return { ok: false, reason: 'last' };
	await db.transaction(async (tx) => {
		await tx.delete(helplines).where(eq(helplines.id, id));
		await audit.record(tx as unknown as Db, { actorId: actor.id, action: 'reference.helpline_removed', objectType: 'country', objectId: null, details: { country: line.countryCode } });
	});
	return { ok: true };
}
