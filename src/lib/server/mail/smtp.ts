import nodemailer from 'nodemailer';
import type { Transport } from './outbox.ts';

/** Real delivery over SMTP (`SMTP_URL`), with short timeouts: the job retries later anyway. */
export function smtpTransport(url: string, from: string): Transport {
	const transporter = nodemailer.createTransport({
		url,
		connectionTimeout: 10_000,
		greetingTimeout: 10_000,
		socketTimeout: 20_000,
		// no log of addresses or contents
		logger: false,
		debug: false
	});
	return {
		async send({ to, subject, text }) {
			await transporter.sendMail({ from, to, subject, text });
		}
	};
}
