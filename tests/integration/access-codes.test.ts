import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { formatCode } from '../../src/lib/codes.ts';
import * as staff from '../../src/lib/server/auth/staff.ts';
import * as consultations from '../../src/lib/server/consultations/index.ts';
import { createSlipBatch, lookUp, sharedCode } from '../../src/lib/server/consultations/codes.ts';
import { accessCodes } from '../../src/lib/server/db/schema/index.ts';
import { testKeyring } from '../support/keyring.ts';
import { DRIVERS, useMigratedDatabase } from './databases.ts';

describe.each(DRIVERS)('access codes on %s', (driver) => {
	const test = useMigratedDatabase(driver);

	async function setUp() {
		const keyring = testKeyring();
		const invite = async (email: string) => {
			const result = await staff.invite(test.db, keyring, null, { email, roles: ['facilitator'], language: 'en' }, { origin: 'https://voices.example', send: false });
			if (!result.ok) throw new Error(result.reason);
			return { id: result.userId, roles: ['facilitator'] };
		};
		const owner = await invite('owner@example.org');
		const stranger = await invite('stranger@example.org');
		const created = await consultations.create(test.db, owner, { title: 'Parks', language: 'en' });
		if (!created.ok) throw new Error(created.reason);
		return { keyring, owner, stranger, id: created.id };
	}

	it('gives a consultation one shared code, the same every time, that opens it however it is typed', async () => {
		const { keyring, owner, id } = await setUp();
		const first = await sharedCode(test.db, keyring, owner, id);
		const again = await sharedCode(test.db, keyring, owner, id);
		expect(first.ok && first.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
		expect(again).toEqual(first);
		const code = first.ok ? first.code : '';
		const typed = formatCode(code).toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l');
		expect(await lookUp(test.db, keyring, typed)).toEqual({ found: true, consultationId: id, kind: 'shared', used: false });
	});

	it('makes single-use codes that are shown once and kept only as HMACs', async () => {
		const { keyring, owner, id } = await setUp();
		const batch = await createSlipBatch(test.db, keyring, owner, id, 25);
		if (!batch.ok) throw new Error(batch.reason);
		expect(batch.codes).toHaveLength(25);
		expect(new Set(batch.codes).size).toBe(25);
		const stored = JSON.stringify(await test.db.select().from(accessCodes).where(eq(accessCodes.batchId, batch.batchId)));
		for (const code of batch.codes) expect(stored).not.toContain(code);
		expect(await lookUp(test.db, keyring, formatCode(batch.codes[7]))).toEqual({ found: true, consultationId: id, kind: 'single-use', used: false });
	});

	it('tells a typo in a secret code from an unknown code, without revealing codes', async () => {
		const { keyring, owner, id } = await setUp();
		const batch = await createSlipBatch(test.db, keyring, owner, id, 1);
		if (!batch.ok) throw new Error(batch.reason);
		const [code] = batch.codes;
		const typo = code.slice(0, 3) + (code[3] === 'A' ? 'B' : 'A') + code.slice(4);
		expect(await lookUp(test.db, keyring, typo)).toEqual({ found: false, reason: 'check' });
		expect(await lookUp(test.db, keyring, 'ZZZZZZZZ')).toEqual({ found: false, reason: 'unknown' });
		expect(await lookUp(test.db, keyring, 'not a code!')).toEqual({ found: false, reason: 'invalid' });
	});

	it('refuses codes to anyone outside the consultation, and batches of 0 or over 500', async () => {
		const { keyring, owner, stranger, id } = await setUp();
		expect(await sharedCode(test.db, keyring, stranger, id)).toEqual({ ok: false, reason: 'not-found' });
		expect(await createSlipBatch(test.db, keyring, stranger, id, 5)).toEqual({ ok: false, reason: 'not-found' });
		expect(await createSlipBatch(test.db, keyring, owner, id, 0)).toEqual({ ok: false, reason: 'count' });
		expect(await createSlipBatch(test.db, keyring, owner, id, 501)).toEqual({ ok: false, reason: 'count' });
		expect(await test.db.select().from(accessCodes)).toEqual([]);
	});
});
