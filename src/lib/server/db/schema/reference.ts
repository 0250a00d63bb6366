import { sql } from 'drizzle-orm';
import {
	check,
	date,
	integer,
	pgTable,
	smallint,
	text,
	timestamp,
	unique
} from 'drizzle-orm/pg-core';

/**
 * Reference data that production needs as much as the demo: countries, their age of digital
 * consent over time, and their help lines. Seeded at start-up (only what is absent) and
 * edited by admins afterwards.
 */

export const countries = pgTable(
	'country',
	{
		/** ISO 3166-1 alpha-2; `ZZ` stands for "another country". */
		code: text('code').primaryKey(),
		sortOrder: smallint('sort_order').notNull()
	},
	(table) => [check('country_code_format', sql`${table.code} ~ '^[A-Z]{2}$'`)]
);

export const digitalConsentAges = pgTable(
	'digital_consent_age',
	{
		id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
		countryCode: text('country_code')
			.notNull()
			.references(() => countries.code),
		/** The age (GDPR Art. 8) from which a child may consent alone. */
		age: smallint('age').notNull(),
		/** The day (a UTC date) from which this age applies, until a later row's day. */
		validFrom: date('valid_from', { mode: 'string' }).notNull(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		unique('digital_consent_age_country_day').on(table.countryCode, table.validFrom),
		check('digital_consent_age_range', sql`${table.age} between 13 and 18`)
	]
);

export const helplines = pgTable(
	'helpline',
	{
		id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
		countryCode: text('country_code')
			.notNull()
			.references(() => countries.code),
		/** As it is dialled within the country, with the usual spacing: `116 111`. */
		number: text('number').notNull(),
		/** The service's own name, in its own language. */
		name: text('name').notNull(),
		/** UI language codes the line answers in; the first is its main one. */
		languages: text('languages').array().notNull(),
		/**
		 * Opening hours in OpenStreetMap `opening_hours` form (`24/7`, `Mo-Fr 14:00-20:00;
		 * Sa,Su 17:00-20:00`); null when unknown, and the page then points to the web address.
		 */
		hours: text('hours'),
		webAddress: text('web_address'),
		sortOrder: smallint('sort_order').notNull().default(0),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [unique('helpline_country_number').on(table.countryCode, table.number)]
);

export type Country = typeof countries.$inferSelect;
export type DigitalConsentAge = typeof digitalConsentAges.$inferSelect;
export type Helpline = typeof helplines.$inferSelect;
