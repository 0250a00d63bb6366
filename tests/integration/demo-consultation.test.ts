import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { AGE_BANDS, WORDING_LEVELS } from '../../src/lib/ages.ts';
import { LANGUAGES } from '../../src/lib/i18n/languages.ts';
import * as consultations from '../../src/lib/server/consultations/index.ts';
import { lookUp } from '../../src/lib/server/consultations/codes.ts';
import { present } from '../../src/lib/server/consultations/presentation.ts';
import { prepareDatabase } from '../../src/lib/server/db/prepare.ts';
import { staffUsers } from '../../src/lib/server/db/schema/index.ts';
import { testKeyring } from '../support/keyring.ts';
import { DRIVERS, MIGRATIONS, useMigratedDatabase } from './databases.ts';

// DESIGN.md and issue #4: an open demo consultation with the code DEMO2026, in every language,
// with one question of every kind and wording for every age
describe.each(DRIVERS)('the demo consultation on %s', (driver) => {
	const test = useMigratedDatabase(driver);
	// one keyring for the seed and the lookups: the code is kept as its HMAC
	const keyring = testKeyring();

	async function seeded() {
		await prepareDatabase(test.database, { migrationsFolder: MIGRATIONS, url: test.url, demo: true, keyring: keyring });
		const found = await lookUp(test.db, keyring, 'demo-2026');
		if (!found.found) throw new Error('DEMO2026 opens nothing');
		const [owner] = await test.db.select().from(staffUsers).where(eq(staffUsers.email, 'facilitator@demo.voices'));
		const actor = { id: owner.id, roles: owner.roles };
		return { id: found.consultationId, actor, design: (await consultations.readForMember(test.db, actor, found.consultationId))! };
	}

	it('opens with DEMO2026 read the Crockford way, and stays open', async () => {
		const { design } = await seeded();
		expect(design.role).toBe('owner');
		expect(consultations.effectiveState(design.consultation, new Date('2030-01-01T00:00:00Z'))).toBe('open');
		for (const typed of ['DEMO2026', 'dem0 2026']) {
			expect(await lookUp(test.db, keyring, typed)).toMatchObject({ found: true, kind: 'shared', consultationId: design.consultation.id });
		}
	});

	it('has one question of every kind, is complete in all 13 languages and passes its own ethics gate', async () => {
		const { id, actor, design } = await seeded();
		expect(new Set(design.questions.map((q) => q.kind))).toEqual(new Set(['single', 'multiple', 'smiley', 'yes-no', 'free-text', 'ranking', 'info']));
		expect(design.consultation.languages).toEqual([...LANGUAGES]);
		const missing = consultations.missingTexts(design.consultation.languages, consultations.textsToTranslate(design), design.texts);
		expect(Object.values(missing).every((lacking) => lacking.length === 0)).toBe(true);
		expect(await consultations.gate(test.db, actor, id)).toEqual([]);
	});

	it('has every text at every wording level in every language, none left in English', async () => {
		const { design } = await seeded();
		for (const language of LANGUAGES) {
			for (const level of WORDING_LEVELS) {
				const count = design.texts.filter((t) => t.language === language && t.level === level).length;
				expect(count, `${language} ${level}`).toBe(design.texts.filter((t) => t.language === 'en' && t.level === level).length);
			}
			if (language === 'en') continue;
			const english = new Set(design.texts.filter((t) => t.language === 'en' && t.text.length > 12).map((t) => t.text));
			const same = design.texts.filter((t) => t.language === language && english.has(t.text));
			expect(same.map((t) => t.text), language).toEqual([]);
		}
		// a 7-year-old and a 20-year-old read the same question in different words
		const child = present(design, 'lt', AGE_BANDS[0]);
		const adult = present(design, 'lt', '18-24');
		expect(child.questions[1].prompt).not.toBe(adult.questions[1].prompt);
	});

	it('is added once, however often the database is prepared', async () => {
		await seeded();
		await seeded();
		const found = await lookUp(test.db, keyring, 'DEMO2026');
		expect(found.found).toBe(true);
		const [owner] = await test.db.select().from(staffUsers).where(eq(staffUsers.email, 'facilitator@demo.voices'));
		// the open DEMO2026 and the released one (issue #9), each once
		expect(await consultations.listForMember(test.db, { id: owner.id, roles: owner.roles })).toHaveLength(2);
	});
});
