import { renderSVG } from 'uqr';

/** A QR code as an SVG data URL, for an <img> that the CSP allows. */
export function qrDataUrl(text: string): string {
	const svg = renderSVG(text, { border: 2 });
	return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}
