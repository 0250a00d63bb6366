import { formatCode } from '$lib/codes';
import { pause, RESUME_DAYS } from '$lib/server/participation';
import { clearParticipationCookie, noStore, requireParticipation } from '$lib/server/participation/route';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	noStore(event);
	return {};
};

export const actions: Actions = {
	default: async (event) => {
		const { db, keyring, participation } = await requireParticipation(event);
		const code = await pause(db, keyring, participation);
		// the code is the way back; this browser forgets the participation (a shared computer)
		clearParticipationCookie(event.cookies);
		return { code: formatCode(code), days: RESUME_DAYS };
	}
};
