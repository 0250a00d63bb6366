import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store' });
	// `guardian`: a guardian said no (DECLINED_PAGE); the page says only what every such child may read
	if (url.searchParams.has('guardian')) return { why: 'guardian' };
	return { why: url.searchParams.has('declined') ? 'declined' : url.searchParams.has('discarded') ? 'discarded' : 'stopped' };
};
