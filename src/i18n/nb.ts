/**
 * UI strings, bokmål. This file defines the shape every language must have (Messages);
 * nn.ts and en.ts are typed against it, and tests/ui/i18n.test.tsx checks that no key is missing.
 * Keys read as component.feature.type. Flow texts are NOT here: they come from the flow data.
 */
const nb = {
  app: {
    title: { text: 'Tiltakskort' },
    tagline: { text: 'Hva gjør jeg ved mistanke om vold?' },
    skip: { link: 'Hopp til innholdet' },
    home: { link: 'Til start' },
    loading: { text: 'Laster …' },
    announce: { step: 'Nytt steg: {{title}}', cleared: 'Alt er tømt. Du er tilbake på start.' },
  },
  footer: {
    privacy: { text: 'Tiltakskort lagrer ikke det du skriver. Notater og utkast finnes bare på denne skjermen og forsvinner når du lukker siden eller trykker «Tøm alt». Ingen informasjonskapsler, ingen sporing.' },
    emergency: { text: 'Er noen i fare, ring 112.' },
  },
  emergency: {
    strip: { label: 'Nødnumre' },
    police: { label: 'Politi' },
    ambulance: { label: 'Ambulanse' },
    legevakt: { label: 'Legevakt' },
    policeNonEmergency: { label: 'Politiet, ikke akutt' },
    alarmtelefonen: { label: 'Alarmtelefonen for barn og unge' },
    call: { aria: 'Ring {{label}} på {{number}}' },
  },
  lang: {
    switch: { label: 'Språk' },
    nb: { name: 'Bokmål' },
    nn: { name: 'Nynorsk' },
    en: { name: 'English' },
  },
  clear: {
    button: { text: 'Tøm alt', aria: 'Tøm alt: slett svar, notater og utkast og gå til start' },
  },
  start: {
    heading: { title: 'Hva er du bekymret for?' },
    intro: { text: 'Velg det som passer best. Du får ett spørsmål om gangen, og til slutt får du vite hva du skal gjøre, hvem som gjør det og når.' },
    acute: {
      title: 'Er noen i fare akkurat nå?',
      text: 'Ring 112. Si hvem det gjelder, hvor personen er nå, og hva du har sett eller hørt. Bli hos personen hvis det er trygt for deg.',
      child: 'Gjelder det et barn, varsler du barnevernet eller barnevernvakta samtidig.',
      call: 'Ring 112 nå',
    },
    choices: { label: 'Velg veileder' },
    barn: { title: 'Jeg er bekymret for et barn', text: 'Vold, overgrep eller omsorgssvikt mot et barn, eller et barn som lever med vold.' },
    voksen: { title: 'Jeg er bekymret for en voksen', text: 'En voksen som kan være utsatt for vold eller trusler fra noen nær seg.' },
    utover: { title: 'Noen bruker vold', text: 'Du er bekymret for en person som bruker vold eller truer andre.' },
  },
  flow: {
    load: { error: 'Kunne ikke laste veilederen. Sjekk nettet og prøv igjen.', retry: 'Prøv igjen' },
    missing: { title: 'Denne veilederen er ikke klar ennå', text: 'Bruk nødnumrene øverst, eller velg en annen veileder.' },
    problems: { title: 'Veilederne har feil', text: 'Veiledningen kan ikke vises før feilene under er rettet. Nødnumrene virker fortsatt.' },
  },
  restore: {
    failed: { title: 'Vi kunne ikke fortsette der du var', text: 'Veilederen er endret siden du startet, eller svarene passer ikke lenger. Start på nytt.' },
    start: { button: 'Start på nytt' },
  },
  phase: {
    list: { label: 'Steg i veiledningen' },
    se: { name: 'SE', hint: 'se etter tegn' },
    spor: { name: 'SPØR', hint: 'snakk og spør' },
    avklar: { name: 'AVKLAR', hint: 'hva er dette?' },
    handle: { name: 'HANDLE', hint: 'gjør dette' },
    current: { text: '(du er her)' },
    position: { text: 'Steg {{n}} av {{total}}: {{name}}' },
  },
  walk: {
    back: { button: 'Tilbake' },
    restart: { button: 'Start på nytt' },
    continue: { button: 'Gå videre' },
    next: { button: 'Neste' },
    nav: { label: 'Flytt i veiledningen' },
    tips: { summary: 'Tips' },
    examples: { summary: 'Eksempler på hva du kan si' },
    checklist: { hint: 'Kryss av det som passer. Du kan gå videre uten å krysse av.' },
    choose: { error: 'Velg et svar før du går videre.' },
    yesno: { yes: 'Ja', no: 'Nei', unsure: 'Usikker' },
    optionHelp: { label: 'Mer om dette' },
  },
  outcome: {
    guardian: { label: 'Viktig' },
    plan: { heading: 'Dette er situasjonen' },
    actions: { heading: 'Dette gjør du – i denne rekkefølgen' },
  },
  action: {
    who: { label: 'Hvem' },
    when: { label: 'Når' },
    legal: { label: 'Lovgrunnlag' },
    contacts: { label: 'Ring' },
  },
  why: {
    heading: { title: 'Hvorfor?' },
    intro: { text: 'Slik kom vi fram til anbefalingen.' },
    answers: { title: 'Dine svar' },
    rules: { title: 'Dette avgjorde' },
    legal: { title: 'Lover og regler' },
    sources: { title: 'Kilder' },
    checked: { text: 'sjekket {{date}}' },
    none: { text: 'Ingen kryss' },
    seed: { text: 'Kommunal plan {{seed}}, {{section}}' },
    empty: { text: 'Ingen regler ble brukt – svaret ditt førte rett hit.' },
  },
  docs: {
    heading: { title: 'Dokumentasjon' },
    intro: { text: 'Skriv ned det som skjedde. Oppsummeringen kan skrives ut eller kopieres inn i enhetens system.' },
  },
  privacy: {
    warning: { text: 'Ikke skriv navn eller annet som kan identifisere noen, hvis det ikke trengs. Det du skriver her blir ikke lagret eller sendt noe sted, og forsvinner når du lukker siden.' },
  },
  notes: {
    field: { label: 'Egne notater (valgfritt)', hint: 'Hva så eller hørte du, og når? Skriv så ordrett som mulig.' },
  },
  summary: {
    heading: { title: 'Oppsummering til dokumentasjon' },
    doc: { title: 'Tiltakskort – oppsummering' },
    field: {
      date: 'Dato og tid',
      flow: 'Veileder',
      version: 'Versjon',
      lawChecked: 'Lovhenvisninger sjekket',
      answers: 'Svar som ble gitt',
      disposition: 'Anbefaling',
      actions: 'Tiltak',
      rules: 'Begrunnelse',
      notes: 'Notater',
      who: 'Hvem',
      when: 'Når',
      legal: 'Lovgrunnlag',
    },
    unknown: { text: 'ukjent' },
    copy: { button: 'Kopier som tekst', done: 'Kopiert.', fallback: 'Kopiering virket ikke. Merk teksten i feltet under og kopier den selv.', fallbackLabel: 'Oppsummering som tekst' },
    print: { button: 'Skriv ut' },
  },
  report: {
    heading: { title: 'Hjelp til bekymringsmeldingen' },
    intro: { text: 'Meldingen til barnevernet skal ha med disse punktene. Bruk feltene til å tenke gjennom hva du skal skrive.' },
    send: { text: 'Selve meldingen sender du gjennom Fiks bekymringsmelding (KS) eller enhetens eget system, helst sammen med lederen din. Utkastet her sendes ikke noe sted og lagres ikke.' },
    field: {
      person: 'Personopplysninger om barnet',
      personHint: 'Navn, fødselsdato og adresse skriver du først i selve meldingen, ikke her.',
      why: 'Hvorfor er du bekymret?',
      seen: 'Hva har du sett, hørt eller observert, og når?',
      contact: 'Kontaktperson hos dere',
      done: 'Hva er gjort allerede?',
    },
    copy: { button: 'Kopier utkastet' },
  },
};

export type Messages = typeof nb;
export default nb;
