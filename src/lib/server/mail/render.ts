import { normaliseLanguage, SOURCE_LANGUAGE } from '$lib/i18n/languages';
import { RESOURCES } from '$lib/i18n/resources';
import { createTranslator } from '$lib/i18n/translator';
import type { Render } from './outbox.ts';

/** E-mails are written when they are sent, in the recipient's language (`email` namespace). */
export const renderMail: Render = (template, language, params) => {
	const t = createTranslator(normaliseLanguage(language) ?? SOURCE_LANGUAGE, RESOURCES).t;
	const key = { invite: 'invite', 'password-reset': 'passwordReset', 'guardian-consent': 'guardianConsent' }[template];
	if (params.expiresOn) {
		params = { ...params, expiresOn: new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${params.expiresOn}T00:00:00Z`)) };
	}
	if (params.roles) {
		params = { ...params, roles: params.roles.split(', ').map((role) => t(`staff:roles.${role}`)).join(', ') };
	}
	return {
		subject: t(`email:${key}.subject`, params),
		text: `${t(`email:${key}.body`, params)}\n\n${t('email:footer')}\n`
	};
};
