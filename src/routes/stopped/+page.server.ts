import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store' });
	return { why: url.searchParams.has('declined') ? 'declined' : url.searchParams.has('discarded') ? 'discarded' : 'stopped' };
};
