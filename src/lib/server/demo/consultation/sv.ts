import type { DemoContent } from './content.ts';

export const sv: DemoContent = {
	title: {
		child: 'Trygg på nätet',
		teen: 'Att känna sig trygg på nätet',
		adult: 'Trygghet på nätet: ungas erfarenheter'
	},
	purpose: {
		child: 'Vi vill veta hur trygg du känner dig på internet och vad som skulle göra det bättre.',
		teen: 'Vi vill höra hur trygg du känner dig på nätet och vad som skulle göra internet bättre för personer i din ålder.',
		adult: 'Vi vill ta reda på hur trygga unga känner sig på nätet och vilka förändringar de skulle prioritera.'
	},
	audience: {
		child: 'Vuxna i länderna runt Östersjön som bestämmer regler för barn kommer att läsa det du säger. De läser det efter sommaren.',
		teen: 'Experter från Östersjöstaternas råd, som är rådgivare åt regeringar i frågor om barns säkerhet, kommer att läsa svaren när konsultationen har avslutats.',
		adult: 'Expertgruppen för utsatta barn vid Östersjöstaternas råd kommer att läsa de anonymiserade svaren när konsultationen har avslutats och använda dem i sina råd till regeringar.'
	},
	feedbackPlan: {
		child: 'När de vuxna har läst allt berättar vi för dig vad de fick höra och vad de ska göra. Spara din kvittokod så att du kan se det.',
		teen: 'När svaren har lästs publicerar vi vad vi fick höra och vad som händer sedan. Använd din kvittokod för att hitta det.',
		adult: 'När svaren har gåtts igenom publicerar vi en sammanfattning av vad vi fick höra och vilka åtgärder som följer. Din kvittokod leder dig dit.'
	},
	questions: [
		{
			prompt: { child: 'Innan vi börjar', teen: 'Innan du börjar', adult: 'Innan du börjar' },
			body: {
				child: 'Det finns inga rätt eller fel svar. Du kan hoppa över vilken fråga du vill. Ingen kommer att veta vem du är.',
				teen: 'Det finns inga rätt eller fel svar, och du kan hoppa över vilken fråga som helst eller sluta när du vill. Dina svar är anonyma.',
				adult: 'Det finns inga rätt eller fel svar. Du kan hoppa över valfri fråga eller avbryta när som helst. Dina svar är anonyma.'
			}
		},
		{
			prompt: {
				child: 'Hur trygg känner du dig när du är på internet?',
				teen: 'Hur trygg känner du dig när du är på nätet?',
				adult: 'Hur trygg känner du dig på nätet överlag?'
			},
			options: [
				{ child: 'Väldigt otrygg', teen: 'Mycket otrygg', adult: 'Mycket otrygg' },
				{ child: 'Lite otrygg', teen: 'Ganska otrygg', adult: 'Något otrygg' },
				{ child: 'Mittemellan', teen: 'Varken trygg eller otrygg', adult: 'Varken trygg eller otrygg' },
				{ child: 'Ganska trygg', teen: 'Ganska trygg', adult: 'Något trygg' },
				{ child: 'Väldigt trygg', teen: 'Mycket trygg', adult: 'Mycket trygg' }
			]
		},
		{
			prompt: {
				child: 'Om något på internet gör dig orolig, vet du vem du kan be om hjälp?',
				teen: 'Om något på nätet oroar dig, vet du vem du skulle kunna be om hjälp?',
				adult: 'Om något på nätet oroar dig, vet du var du kan få hjälp?'
			}
		},
		{
			prompt: {
				child: 'Var på internet är du för det mesta?',
				teen: 'Var på nätet lägger du mest tid?',
				adult: 'Var på nätet lägger du mest tid?'
			},
			hint: { child: 'Välj en.', teen: 'Välj ett alternativ.', adult: 'Välj ett alternativ.' },
			options: [
				{ child: 'Spel', teen: 'Spel', adult: 'Onlinespel' },
				{ child: 'Appar där man delar bilder och filmer', teen: 'Sociala medier', adult: 'Sociala medier' },
				{ child: 'Titta på filmer', teen: 'Videosajter', adult: 'Videoplattformar' },
				{ child: 'Chatta med kompisar', teen: 'Chattappar', adult: 'Meddelandeappar' },
				{ child: 'Saker till skolan', teen: 'Skolarbete', adult: 'Studier eller arbete' }
			]
		},
		{
			prompt: {
				child: 'Vad gör att du känner dig otrygg på internet?',
				teen: 'Vad gör att du känner dig otrygg på nätet?',
				adult: 'Vad gör att du känner dig otrygg på nätet?'
			},
			hint: { child: 'Du kan välja upp till tre.', teen: 'Välj upp till tre.', adult: 'Välj högst tre.' },
			options: [
				{ child: 'Att folk jag inte känner skriver till mig', teen: 'Att främlingar kontaktar mig', adult: 'Kontakt från främlingar' },
				{ child: 'Elaka kommentarer', teen: 'Elaka eller hatiska kommentarer', adult: 'Trakasserier eller hatkommentarer' },
				{ child: 'Att bilder på mig delas utan att någon frågar mig', teen: 'Att bilder på mig delas utan att jag har gett lov', adult: 'Att bilder på mig delas utan samtycke' },
				{ child: 'Knep för att få mina pengar eller lösenord', teen: 'Bluffar', adult: 'Bluffar och bedrägerier' },
				{ child: 'Att se saker som jag mår dåligt av', teen: 'Att se obehagliga saker', adult: 'Obehagligt eller våldsamt innehåll' }
			]
		},
		{
			prompt: {
				child: 'Vad ska vuxna göra först för att göra internet säkrare? Sätt dem i ordning.',
				teen: 'Vad borde vuxna göra först för att göra internet säkrare? Sätt dem i ordning.',
				adult: 'Vilka åtgärder bör beslutsfattare vidta först för att göra internet säkrare? Rangordna dem.'
			},
			hint: {
				child: 'Nummer 1 är det viktigaste.',
				teen: 'Sätt det viktigaste först.',
				adult: 'Sätt den viktigaste åtgärden först.'
			},
			options: [
				{ child: 'Lära oss i skolan hur vi håller oss säkra', teen: 'Undervisa om säkerhet på nätet i skolan', adult: 'Undervisning om säkerhet på nätet i skolorna' },
				{ child: 'Göra det lätt att berätta för någon om ett problem', teen: 'Göra det lättare att rapportera problem', adult: 'Enklare rapportering av skadligt innehåll' },
				{ child: 'Göra appar säkrare för barn', teen: 'Göra appar säkrare redan från början', adult: 'Inbyggd säkerhet i appar och plattformar' },
				{ child: 'Lyssna mer på barn', teen: 'Lyssna mer på unga', adult: 'Ungas delaktighet i beslut' }
			]
		},
		{
			prompt: {
				child: 'Innan nästa fråga',
				teen: 'Innan nästa fråga',
				adult: 'Innan nästa fråga'
			},
			body: {
				child: 'Nu kan du skriva med egna ord. Snälla, skriv inte ditt namn eller någon annans. De vuxna som läser det kan inte ta reda på vem du är, så de kan inte komma och hjälpa dig. Om du inte är trygg, ring stödlinjen som står längst ner på sidan.',
				teen: 'Härnäst kan du skriva med egna ord. Skriv inte namn eller något som visar vem du är. De som läser svaren kan inte ta reda på vem som skrev dem, så de kan inte kontakta dig. Om du inte är trygg, kontakta stödlinjen längst ner på sidan.',
				adult: 'I nästa fråga får du svara med egna ord. Utelämna namn och allt som skulle kunna identifiera dig eller andra. Svaren är anonyma, så ingen kan kontakta dig om det du skriver. Om du inte är trygg, kontakta stödlinjen som visas längst ner på sidan.'
			}
		},
		{
			prompt: {
				child: 'Vad vill du säga till de vuxna som bestämmer regler om internet?',
				teen: 'Vad vill du säga till dem som fattar beslut om internet?',
				adult: 'Vad vill du att beslutsfattare ska veta om ditt liv på nätet?'
			}
		}
	]
};
