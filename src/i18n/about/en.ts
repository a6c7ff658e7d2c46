import type { AboutStrings } from './nb';

/** The accessibility and privacy statements, English. Same keys as nb.ts. */
export const aboutEn: AboutStrings = {
  index: {
    title: 'About Tiltakskort',
    intro: 'How Tiltakskort is made to be usable by everyone, and how it protects privacy.',
  },
  a11y: {
    page: {
      title: 'Accessibility statement for Tiltakskort',
      intro: 'Everyone should be able to use Tiltakskort: with a screen reader, with a keyboard only, with magnification and on a small phone screen. This page says which requirements it must meet, how it has been tested, and what we know about faults and gaps.',
      updated: 'Last updated {{date}}.',
      publisher: 'Tiltakskort is published here by {{name}}.',
    },
    law: {
      heading: 'Which requirements apply',
      text: 'Tiltakskort must meet the Norwegian regulations on universal design of information and communication technology (ICT) solutions (forskrift om universell utforming av IKT-løsninger). The regulations refer to the WCAG 2.1 standard (Web Content Accessibility Guidelines), levels A and AA.',
      register: 'The municipality that offers Tiltakskort is responsible for it. Public bodies must also publish their accessibility statement in the Norwegian Digitalisation Agency’s service uustatus.no.',
    },
    status: {
      heading: 'Status',
      text: 'The solution partly meets the requirements: it has not been fully assessed yet. The automatic tests find no breach, but a manual review of each criterion and tests with screen readers have not been done. Below is what has been tested, and what remains.',
    },
    tested: {
      heading: 'How Tiltakskort has been tested',
      axe: 'Automatic tests with the axe-core tool check every step of a walk to each possible outcome of every guide, and the start page, settings, training pages and statements, against WCAG 2.1 levels A and AA.',
      keyboard: 'Automatic tests walk through the guides with a keyboard only, and find buttons, fields and headings by the names a screen reader reads out.',
      review: 'In December 2026 we checked every kind of page with a keyboard only and by reading what a screen reader gets from the browser (the accessibility tree in Chromium). Among other things, this found a "Skip to content" link that took you to the start page, focus that was lost when a panel closed, and steps that were read out twice. These are fixed and have their own tests. A new review on 2 December 2026 found that the focus indicator on the language buttons was cut off, that the footer links differed before and after the app started, that large text on a phone made the training pages scroll sideways, and that the start page had no "Skip to content" link before the app started. These are fixed too. It also found that phone numbers in the text were links named only by the number, that the settings had no way back to the guide, that the fields in the plan of who does what were named only "Who" and "Deadline", that the keys for the flow chart were not shown on the page, and that the flow chart showed the internal names of the decisions and rules, in English. These are fixed now.',
      zoom: 'The pages have been checked at 320 and 360 pixels wide with no content lost and no sideways scrolling (reflow, as at 400 % zoom). A walk to an outcome has also been tested with the text enlarged to 200 % and with wider line, word and letter spacing (criteria 1.4.4 and 1.4.12).',
      when: 'The tests run every time the solution changes.',
    },
    known: {
      heading: 'Known issues',
      none: 'The automatic tests find no breach of the requirements. These are known and not fixed:',
      clear: '"Clear all" and "Start again" act on one tap, without asking first. That is on purpose: "Clear all" must remove everything quickly if someone looks at the screen. A mis-tap also deletes notes and drafts.',
      title: 'The page title is the same for every question in a guide. That is on purpose: the title is kept in the browser\'s history and must not show what the case is about. The heading and the step indicator say where you are.',
      pending: 'Testing with real screen readers (such as NVDA, JAWS, VoiceOver and TalkBack) and with users has not been done yet. Automatic tests find only some possible faults, so there may be faults we do not know about.',
    },
    feedback: {
      heading: 'Give feedback',
      text: 'Is something hard to use, or does it not work for you? Tell us, and we will fix it.',
      email: 'Email',
      form: 'Feedback form',
      loading: 'Getting where you can give feedback …',
      missing: 'Whoever publishes Tiltakskort here has not yet said where you can give feedback. Contact your municipality, or complain to the authority (below).',
      unavailable: 'We could not get where you can give feedback. Try again later, when you are online, or complain to the authority (below).',
    },
    complaint: {
      heading: 'Complain to the authority',
      text: 'If you get no answer, or are not satisfied with the answer, you can notify the Norwegian Authority for Universal Design of ICT (Uu-tilsynet).',
      link: 'Uu-tilsynet (uutilsynet.no)',
      register: 'Accessibility statements for public websites (uustatus.no)',
    },
  },
  privacy: {
    page: {
      title: 'Privacy statement for Tiltakskort',
      intro: 'Tiltakskort helps you find out what to do when you suspect violence. It stores nothing about the people a case is about, and sends nothing about you or the case anywhere.',
    },
    stored: {
      heading: 'What is stored, and only in your browser',
      choices: 'The language, contact profile (municipality or region) and workplace you have chosen. They are stored as short codes in the browser’s local storage (localStorage) until you change them or clear the site data in your browser.',
      walk: 'While you go through a guide: which answer options you have chosen, as codes – never text you have written. They are kept in the browser’s session storage (sessionStorage), so you do not lose your place if the page reloads, and are deleted when you press "Clear all" or close the tab.',
      offline: 'A store for use without a network: the app itself and the guides with their texts, rules and phone numbers, so Tiltakskort works offline after the first visit. It holds nothing about you or the case.',
    },
    memory: {
      heading: 'What you write is not stored',
      text: 'Notes and report drafts exist only on the screen while the page is open. They are not stored or sent anywhere, and are gone when you press "Clear all", close the page or reload it. To keep something, copy or print it and put it in your unit’s own system.',
    },
    none: {
      heading: 'No tracking',
      cookies: 'No cookies.',
      analytics: 'No statistics or analytics tools, and no record of what you open or answer.',
      third: 'No requests to other websites: everything comes from the website Tiltakskort is on. Links to other websites open only if you choose them yourself.',
    },
    server: {
      heading: 'At the municipality',
      text: 'The municipality runs the website. The setup that comes with Tiltakskort turns off the web server’s access log, so which pages are opened is not stored. Ask the municipality if you want to know how their hosting is set up.',
      publisher: 'Here, {{name}} runs the website.',
    },
    clear: {
      heading: 'How to delete',
      text: '"Clear all" at the top of the page deletes answers, notes and drafts and takes you to the start. You change the language, contact profile and workplace in the settings. Everything Tiltakskort has stored in the browser, including the store for use without a network, is removed by clearing the site data for the website in your browser’s settings.',
    },
  },
};
