import { normaliseLanguage, SOURCE_LANGUAGE } from '$lib/i18n/languages';
import { RESOURCES } from '$lib/i18n/resources';
import { createTranslator } from '$lib/i18n/translator';
import type { Render } from './outbox.ts';

/** E-mails are written when they are sent, in the recipient's language (`email` namespace). */
export const renderMail: Render = (template, language, params) => {
	const t = createTranslator(normaliseLanguage(language) ?? SOURCE_LANGUAGE, RESOURCES).t;
	const key = { invite: 'invite', 'password-reset': 'passwordReset', 'guardian-consent': 'guardianConsent', 'safeguarding-flag': 'safeguardingFlag' }[template];
	if (params.expiresOn) {
		params = { ...params, expiresOn: new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${params.expiresOn}T00:00:00Z`)) };
	}
	if (params.roles) {
		params = { ...params, roles: params.roles.split(', ').map((role) => t(`staff:roles.${role}`)).join(', ') };
	}
	// a count picks the plural form, which needs a number
	const options: Record<string, string | number> = params.count ? { ...params, count: Number(params.count) } : params;
	return {
		subject: t(`email:${key}.subject`, options),
		text: `${t(`email:${key}.body`, options)}\n\n${t('email:footer')}\n`
	};
};
