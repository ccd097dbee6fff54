import type { Catalogue } from '../en';

// French messages of the 'cover' block. Spread into fr.ts.
export const cover: Catalogue['cover'] = {
  section: {
    title: 'Qui anime',
    introGroup:
      'Par défaut, les animateurs du groupe animent chacune de ses séances. Les changements faits ici ne concernent que cette séance.',
    contactsIntro: 'Les personnes qui animent cette séance avec vous.',
    empty: 'Personne n’anime encore cette séance. Choisissez un animateur principal qui est prêt.',
    emptyContacts:
      'Personne n’est encore désigné pour animer cette séance. Demandez à votre coordinateur.',
    change: 'Changer les animateurs',
    reset: 'Reprendre les animateurs du groupe',
    resetTitle: 'Reprendre les animateurs du groupe pour cette séance ?',
    resetText:
      'La liste choisie pour cette séance est remplacée par les animateurs actuels du groupe.',
    overrideNote: 'Animateur principal sans être prêt : {{reason}}',
    problemsHeading: 'À régler avant cette séance',
    noProblems: 'Aucun manque ni conflit : cette séance est couverte.',
    fix: 'Régler',
    fixNamed: 'Régler : remplacer {{name}}',
    chooseLead: 'Choisir un animateur principal',
  },
  columns: {
    name: 'Nom',
    role: 'Rôle',
    readiness: 'Prêt ?',
    phone: 'Téléphone',
  },
  gap: {
    no_lead: 'Cette séance n’a pas d’animateur principal.',
    lead_not_ready: 'L’animateur principal n’est pas prêt à animer cette séance.',
  },
  conflict: {
    overlap: '{{name}} anime aussi {{other}} au même moment.',
    outside_availability:
      '{{name}} n’est pas disponible à cette heure, d’après les disponibilités indiquées.',
    not_ready: '{{name}} n’est pas prêt à animer cette séance.',
  },
  dialog: {
    title: 'Animateurs de cette séance',
    intro:
      'Les changements ne concernent que cette séance. Le groupe garde ses propres animateurs.',
    listLabel: 'Choisis pour cette séance',
    noneChosen: 'Personne n’est encore choisi. Ajoutez un animateur principal ci-dessous.',
    roleOf: 'Rôle de {{name}}',
    remove: 'Retirer',
    removeNamed: 'Retirer {{name}}',
    replaceShort: 'Remplacer',
    replaceNamed: 'Remplacer {{name}}',
    addHeading: 'Ajouter quelqu’un',
    replaceHeading: 'Qui prend la place de {{name}} ({{role}}) ?',
    add: 'Ajouter à cette séance',
    replace: 'Remplacer {{name}}',
    cancelReplace: 'Garder {{name}}',
    pickFirst: 'Choisissez d’abord un bénévole.',
    save: 'Enregistrer les animateurs',
  },
  gaps: {
    title: 'Séances sans animateur',
    intro: 'Séances des {{days}} prochains jours sans animateur principal prêt.',
    empty: 'Aucun manque dans les {{days}} prochains jours.',
    row: {
      no_lead: '{{group}} le {{date}} à {{time}} n’a pas d’animateur principal.',
      lead_not_ready: '{{group}} le {{date}} à {{time}} : l’animateur principal n’est pas prêt.',
    },
    fixLabel: 'Régler {{group}} le {{date}}',
  },
  conflicts: {
    title: 'Conflits d’animation',
    intro:
      'Dans les {{days}} prochains jours : un bénévole prévu sur deux séances à la fois, en dehors de ses disponibilités, ou pas prêt.',
    empty: 'Aucun conflit dans les {{days}} prochains jours.',
    row: {
      overlap:
        '{{name}} est prévu dans {{group}} et {{other}} au même moment, le {{date}} à {{time}}.',
      outside_availability:
        '{{name}} anime {{group}} le {{date}} à {{time}}, en dehors de ses disponibilités.',
      not_ready: '{{name}} anime {{group}} le {{date}} à {{time}} mais n’est pas prêt.',
    },
    fixLabel: 'Régler {{group}} le {{date}} ({{name}})',
  },
  errors: {
    samePersonTwice: 'La même personne figure deux fois dans la liste.',
    oneLead: 'Une séance a au plus un animateur principal.',
    hasHours:
      'Une personne retirée de la liste a des heures consignées pour cette séance. Gardez-la dans la liste.',
    heldSession:
      'Cette séance a eu lieu et ses heures sont consignées avec ses propres animateurs : elle les garde donc.',
  },
};
