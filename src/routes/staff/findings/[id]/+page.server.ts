import { findingsFor } from '$lib/server/results/route';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => findingsFor(event);
