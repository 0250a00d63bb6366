import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe on the whole page: no violation of WCAG 2.2 A and AA (with `bestPractice`, of axe's best
 * practices too). Only violations are reported in detail, which keeps each check quick.
 */
export async function expectAccessible(page: Page, { bestPractice = false } = {}) {
	const results = await new AxeBuilder({ page })
		.withTags(bestPractice ? [...WCAG, 'best-practice'] : WCAG)
		.options({ resultTypes: ['violations'] })
		.analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}
