import type { DemoContent } from './content.ts';

export const da: DemoContent = {
	title: {
		child: 'Tryg på nettet',
		teen: 'Tryg på nettet',
		adult: 'Sikkerhed på nettet: unges oplevelser'
	},
	purpose: {
		child: 'Vi vil gerne vide, hvor tryg du føler dig på internettet, og hvad der kunne gøre det bedre.',
		teen: 'Vi vil gerne høre, hvor tryg du føler dig på nettet, og hvad der ville gøre internettet bedre for folk på din alder.',
		adult: 'Vi vil gerne vide, hvor trygge unge føler sig på nettet, og hvilke ændringer de ville prioritere højest.'
	},
	audience: {
		child: 'Voksne fra landene omkring Østersøen, som laver regler for børn, vil læse det, du siger. De læser det efter sommeren.',
		teen: 'Eksperter fra Østersørådet, som rådgiver regeringer om børns sikkerhed, vil læse svarene, når undersøgelsen er lukket.',
		adult: 'Østersørådets ekspertgruppe for udsatte børn vil læse de anonymiserede svar, når undersøgelsen er lukket, og bruge dem i sin rådgivning af regeringerne.'
	},
	feedbackPlan: {
		child: 'Når de voksne har læst det hele, fortæller vi dig, hvad de har hørt, og hvad de vil gøre. Gem din kvitteringskode, så du kan se det.',
		teen: 'Når svarene er blevet læst, offentliggør vi, hvad vi har hørt, og hvad der sker herefter. Brug din kvitteringskode til at finde det.',
		adult: 'Når svarene er gennemgået, offentliggør vi et resumé af, hvad vi har hørt, og de tiltag, der følger. Din kvitteringskode fører dig derhen.'
	},
	questions: [
		{
			prompt: { child: 'Før vi går i gang', teen: 'Før du går i gang', adult: 'Før du går i gang' },
			body: {
				child: 'Der er ingen rigtige eller forkerte svar. Du kan springe alle de spørgsmål over, du vil. Ingen får at vide, hvem du er.',
				teen: 'Der er ingen rigtige eller forkerte svar, og du kan springe et hvilket som helst spørgsmål over eller stoppe når som helst. Dine svar er anonyme.',
				adult: 'Der er ingen rigtige eller forkerte svar. Du kan springe et hvilket som helst spørgsmål over eller stoppe når som helst. Dine svar er anonyme.'
			}
		},
		{
			prompt: {
				child: 'Hvor tryg føler du dig, når du er på internettet?',
				teen: 'Hvor tryg føler du dig, når du er online?',
				adult: 'Hvor tryg føler du dig alt i alt på nettet?'
			},
			options: [
				{ child: 'Meget utryg', teen: 'Meget utryg', adult: 'Meget utryg' },
				{ child: 'Lidt utryg', teen: 'Ret utryg', adult: 'Noget utryg' },
				{ child: 'Midt imellem', teen: 'Hverken tryg eller utryg', adult: 'Hverken tryg eller utryg' },
				{ child: 'Ret tryg', teen: 'Ret tryg', adult: 'Noget tryg' },
				{ child: 'Meget tryg', teen: 'Meget tryg', adult: 'Meget tryg' }
			]
		},
		{
			prompt: {
				child: 'Hvis der er noget på internettet, der gør dig bekymret, ved du så, hvem du kan spørge om hjælp?',
				teen: 'Hvis noget på nettet bekymrer dig, ved du så, hvem du kunne spørge om hjælp?',
				adult: 'Hvis noget på nettet bekymrer dig, ved du så, hvor du kan få hjælp?'
			}
		},
		{
			prompt: {
				child: 'Hvor bruger du mest tid på internettet?',
				teen: 'Hvor bruger du mest tid online?',
				adult: 'Hvor bruger du mest tid online?'
			},
			hint: { child: 'Vælg én.', teen: 'Vælg én.', adult: 'Vælg én.' },
			options: [
				{ child: 'Spil', teen: 'Spil', adult: 'Onlinespil' },
				{ child: 'Apps, hvor folk deler billeder og videoer', teen: 'Sociale medier', adult: 'Sociale medier' },
				{ child: 'Se videoer', teen: 'Videosider', adult: 'Videoplatforme' },
				{ child: 'Chatte med venner', teen: 'Chatapps', adult: 'Beskedapps' },
				{ child: 'Ting til skolen', teen: 'Skolearbejde', adult: 'Studie eller arbejde' }
			]
		},
		{
			prompt: {
				child: 'Hvad gør dig utryg på internettet?',
				teen: 'Hvad gør dig utryg på nettet?',
				adult: 'Hvad gør dig utryg på nettet?'
			},
			hint: { child: 'Du kan vælge op til tre.', teen: 'Vælg op til tre.', adult: 'Vælg op til tre.' },
			options: [
				{ child: 'At folk, jeg ikke kender, skriver til mig', teen: 'At fremmede kontakter mig', adult: 'Kontakt fra fremmede' },
				{ child: 'Grimme kommentarer', teen: 'Grimme eller hadefulde kommentarer', adult: 'Chikane eller hadefulde kommentarer' },
				{ child: 'At billeder af mig bliver delt, uden at nogen spørger mig', teen: 'At billeder af mig bliver delt uden min tilladelse', adult: 'Billeder af mig, der deles uden samtykke' },
				{ child: 'Tricks for at få fat i mine penge eller kodeord', teen: 'Svindel', adult: 'Svindel og bedrageri' },
				{ child: 'At se ting, der gør mig ked af det', teen: 'At se ubehagelige ting', adult: 'Ubehageligt eller voldeligt indhold' }
			]
		},
		{
			prompt: {
				child: 'Hvad skal voksne gøre først for at gøre internettet mere sikkert? Sæt dem i rækkefølge.',
				teen: 'Hvad bør voksne gøre først for at gøre internettet mere sikkert? Sæt dem i rækkefølge.',
				adult: 'Hvilke tiltag bør beslutningstagere sætte i gang først for at gøre internettet mere sikkert? Ranger dem.'
			},
			hint: {
				child: 'Nummer 1 er det vigtigste.',
				teen: 'Sæt det vigtigste først.',
				adult: 'Sæt det vigtigste tiltag først.'
			},
			options: [
				{ child: 'Lære os i skolen, hvordan vi passer på os selv', teen: 'Undervise i sikkerhed på nettet i skolen', adult: 'Undervisning i onlinesikkerhed i skolerne' },
				{ child: 'Gøre det nemt at fortælle nogen om et problem', teen: 'Gøre det nemmere at anmelde problemer', adult: 'Enklere anmeldelse af skadeligt indhold' },
				{ child: 'Gøre apps mere sikre for børn', teen: 'Gøre apps sikrere, allerede når de bliver udviklet', adult: 'Indbygget sikkerhed i apps og platforme' },
				{ child: 'Lytte mere til børn', teen: 'Lytte mere til unge', adult: 'Inddrage unge i beslutninger' }
			]
		},
		{
			prompt: {
				child: 'Før næste spørgsmål',
				teen: 'Før næste spørgsmål',
				adult: 'Før næste spørgsmål'
			},
			body: {
				child: 'I næste spørgsmål kan du skrive med dine egne ord. Lad være med at skrive dit eget navn eller andres navne. De voksne, der læser det, kan ikke finde ud af, hvem du er, så de kan ikke komme og hjælpe dig. Hvis du ikke er i sikkerhed, så ring til hjælpelinjen nederst på siden.',
				teen: 'I næste spørgsmål kan du skrive med dine egne ord. Skriv ikke navne eller noget, der viser, hvem du er. Dem, der læser svarene, kan ikke finde ud af, hvem der har skrevet dem, så de kan ikke kontakte dig. Hvis du ikke er i sikkerhed, så kontakt hjælpelinjen nederst på siden.',
				adult: 'I det næste spørgsmål skal du svare med dine egne ord. Undlad venligst navne og alt, der kan identificere dig eller andre. Svarene er anonyme, så ingen kan kontakte dig om det, du skriver. Hvis du ikke er i sikkerhed, så kontakt hjælpelinjen, som står nederst på siden.'
			}
		},
		{
			prompt: {
				child: 'Hvad vil du gerne sige til de voksne, der laver regler om internettet?',
				teen: 'Hvad vil du gerne sige til dem, der træffer beslutninger om internettet?',
				adult: 'Hvad vil du gerne have, at beslutningstagere ved om dit liv på nettet?'
			}
		}
	]
};
