import type { DemoContent } from './content.ts';

export const en: DemoContent = {
	title: {
		child: 'Feeling safe online',
		teen: 'Feeling safe online',
		adult: 'Safety online: young people’s experiences'
	},
	purpose: {
		child: 'We want to know how safe you feel on the internet, and what would make it better.',
		teen: 'We want to hear how safe you feel online and what would make the internet better for people your age.',
		adult: 'We want to learn how safe young people feel online and which changes they would put first.'
	},
	audience: {
		child: 'Grown-ups from the countries around the Baltic Sea who make rules for children will read what you say. They will read it after the summer.',
		teen: 'Experts from the Council of the Baltic Sea States who advise governments on children’s safety will read the answers after the consultation closes.',
		adult: 'The Council of the Baltic Sea States’ Expert Group on Children at Risk will read the anonymised answers after the consultation closes and use them in its advice to governments.'
	},
	feedbackPlan: {
		child: 'When the grown-ups have read everything, we will tell you what they heard and what they are going to do. Keep your receipt code to see it.',
		teen: 'After the answers have been read, we will publish what we heard and what happens next. Use your receipt code to find it.',
		adult: 'Once the answers have been reviewed, we will publish a summary of what we heard and the actions that follow. Your receipt code leads you to it.'
	},
	questions: [
		{
			prompt: { child: 'Before we start', teen: 'Before you start', adult: 'Before you start' },
			body: {
				child: 'There are no right or wrong answers. You can skip any question. Nobody will know who you are.',
				teen: 'There are no right or wrong answers, and you can skip any question or stop at any time. Your answers are anonymous.',
				adult: 'There are no right or wrong answers. You may skip any question or stop at any time. Your answers are anonymous.'
			}
		},
		{
			prompt: {
				child: 'How safe do you feel when you are on the internet?',
				teen: 'How safe do you feel when you are online?',
				adult: 'Overall, how safe do you feel online?'
			},
			options: [
				{ child: 'Very unsafe', teen: 'Very unsafe', adult: 'Very unsafe' },
				{ child: 'A bit unsafe', teen: 'Quite unsafe', adult: 'Somewhat unsafe' },
				{ child: 'In the middle', teen: 'Neither safe nor unsafe', adult: 'Neither safe nor unsafe' },
				{ child: 'Quite safe', teen: 'Quite safe', adult: 'Somewhat safe' },
				{ child: 'Very safe', teen: 'Very safe', adult: 'Very safe' }
			]
		},
		{
			prompt: {
				child: 'If something on the internet worries you, do you know who to ask for help?',
				teen: 'If something online worries you, do you know who you could ask for help?',
				adult: 'If something online worries you, do you know where to get help?'
			}
		},
		{
			prompt: {
				child: 'Where do you spend most of your time on the internet?',
				teen: 'Where do you spend most of your time online?',
				adult: 'Where do you spend most of your time online?'
			},
			hint: { child: 'Pick one.', teen: 'Choose one.', adult: 'Choose one.' },
			options: [
				{ child: 'Games', teen: 'Games', adult: 'Online games' },
				{ child: 'Apps where people share pictures and videos', teen: 'Social media', adult: 'Social media' },
				{ child: 'Watching videos', teen: 'Video sites', adult: 'Video platforms' },
				{ child: 'Chatting with friends', teen: 'Chat apps', adult: 'Messaging apps' },
				{ child: 'Things for school', teen: 'Schoolwork', adult: 'Study or work' }
			]
		},
		{
			prompt: {
				child: 'What makes you feel unsafe on the internet?',
				teen: 'What makes you feel unsafe online?',
				adult: 'What makes you feel unsafe online?'
			},
			hint: { child: 'You can pick up to three.', teen: 'Choose up to three.', adult: 'Choose up to three.' },
			options: [
				{ child: 'People I don’t know writing to me', teen: 'Strangers contacting me', adult: 'Contact from strangers' },
				{ child: 'Mean comments', teen: 'Mean or hateful comments', adult: 'Harassment or hateful comments' },
				{ child: 'Pictures of me shared without asking', teen: 'Pictures of me shared without my permission', adult: 'Images of me shared without consent' },
				{ child: 'Tricks to get my money or passwords', teen: 'Scams', adult: 'Scams and fraud' },
				{ child: 'Seeing things that upset me', teen: 'Seeing upsetting things', adult: 'Upsetting or violent content' }
			]
		},
		{
			prompt: {
				child: 'What should grown-ups do first to make the internet safer? Put them in order.',
				teen: 'What should adults do first to make the internet safer? Put them in order.',
				adult: 'Which actions should decision-makers take first to make the internet safer? Rank them.'
			},
			hint: {
				child: 'Number 1 is the most important.',
				teen: 'Put the most important one first.',
				adult: 'Put the most important action first.'
			},
			options: [
				{ child: 'Teach us about staying safe at school', teen: 'Teach online safety at school', adult: 'Online safety education in schools' },
				{ child: 'Make it easy to tell someone about a problem', teen: 'Make reporting problems easier', adult: 'Simpler reporting of harmful content' },
				{ child: 'Make apps safer for children', teen: 'Make apps safer by design', adult: 'Safety by design in apps and platforms' },
				{ child: 'Listen to children more', teen: 'Listen to young people more', adult: 'Involve young people in decisions' }
			]
		},
		{
			prompt: {
				child: 'Before the next question',
				teen: 'Before the next question',
				adult: 'Before the next question'
			},
			body: {
				child: 'Next you can write in your own words. Please don’t write your name or anyone else’s. The grown-ups who read it can’t find out who you are, so they can’t come and help you. If you are not safe, please call the help line at the bottom of the page.',
				teen: 'Next you can write in your own words. Don’t write names or anything that shows who you are. The people who read the answers cannot find out who wrote them, so they cannot contact you. If you are not safe, please contact the help line at the bottom of the page.',
				adult: 'The next question asks for your own words. Please leave out names and anything that could identify you or others. Answers are anonymous, so nobody can contact you about what you write. If you are not safe, please contact the help line shown at the bottom of the page.'
			}
		},
		{
			prompt: {
				child: 'What would you like to tell the grown-ups who make rules about the internet?',
				teen: 'What would you like to tell the people who make decisions about the internet?',
				adult: 'What would you like decision-makers to know about your life online?'
			}
		}
	]
};
