import * as audit from '$lib/server/audit';
import { listStaff } from '$lib/server/auth/staff';
import { database } from '$lib/server/db';
import type { PageServerLoad } from './$types';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const validDay = (value: string | null) =>
	value !== null && DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ? value : undefined;

export const load: PageServerLoad = async ({ url }) => {
	const { db } = await database();
	const params = url.searchParams;
	const before = Number(params.get('before'));
	const from = params.get('from') || null;
	const to = params.get('to') || null;
	// a bad filter value is named on the page and left out, never a database error
	const invalid = [from && !validDay(from) ? 'from' : null, to && !validDay(to) ? 'to' : null].filter(
		(field): field is string => field !== null
	);
	const staff = await listStaff(db);
	const actorId = params.get('actor') || undefined;
	const filter = {
		action: params.get('action') || undefined,
		actorId: actorId && staff.some((person) => person.id === actorId) ? actorId : undefined,
		from: validDay(from),
		to: validDay(to),
		before: Number.isSafeInteger(before) && before > 0 ? before : undefined,
		limit: 50
	};
	const events = await audit.list(db, filter);
	const emails = new Map(staff.map((person) => [person.id, person.email]));
	return {
		events: events.map((event) => ({
			id: event.id,
			at: event.at.toISOString(),
			actor: event.actorId ? (emails.get(event.actorId) ?? event.actorId) : null,
			action: event.action,
			object: `${event.objectType}${event.objectId ? ` ${emails.get(event.objectId) ?? event.objectId}` : ''}`,
			details: event.details ? JSON.stringify(event.details) : ''
		})),
		actions: await audit.actions(db),
		staff: staff.map((person) => ({ id: person.id, email: person.email })),
		filter: { action: filter.action ?? '', actor: filter.actorId ?? '', from: from ?? '', to: to ?? '' },
		invalid,
		next: events.length === 50 ? events[events.length - 1].id : null
	};
};
