import type { Catalogue } from '../en';

// French messages of the 'printLists' block. Spread into fr.ts.
export const printLists: Catalogue['printLists'] = {
  updated: 'Mis à jour le {{date}}',
  showing: 'Affichage : {{filters}}',
  subject: {
    place: 'Lieu',
    allPlaces: 'Tous les lieux',
    focus: 'Type de groupe',
    allFocuses: 'Tous les types de groupe',
    month: 'Mois',
  },
  columns: {
    time: 'Heure',
    group: 'Groupe',
    format: 'Format',
    place: 'Lieu',
    details: 'Détails',
  },
  formats: {
    in_person: { letter: 'P', name: 'En présentiel' },
    online: { letter: 'L', name: 'En ligne' },
    hybrid: { letter: 'H', name: 'Hybride : en présentiel et en ligne' },
  },
  legend: 'Format',
  online: 'En ligne : demandez le lien au contact',
  alsoOnline: 'Aussi en ligne : demandez le lien au contact',
  newcomersWelcome: 'Nouveaux venus bienvenus',
  closedGroup: 'Fermé aux nouveaux membres',
  languages: 'Langues : {{languages}}',
  accessibility: 'Accessibilité : {{text}}',
  contact: 'Contact : {{contact}}',
  starts: 'À partir du {{date}}',
  otherDays: 'Autres horaires',
  dayCaption: 'Groupes qui se réunissent le {{day}}',
  contactHeading: 'Nous contacter',
  noneTitle: 'Aucun groupe à afficher',
  noneText:
    'Aucun groupe affiché publiquement ne correspond à ces choix. Choisissez un autre lieu ou type de groupe, ou affichez un groupe publiquement depuis son écran de modification.',
  calendar: {
    weekdays: 'Réunions par jour',
    closed: 'Centre fermé : {{reason}}',
    placeClosed: '{{place}} fermé : {{reason}}',
    cancelled: 'Annulée',
    cancelledBecause: 'Annulée : {{reason}}',
    more_one: '+{{count}} autre, listée après le calendrier',
    more_many: '+{{count}} autres, listées après le calendrier',
    more_other: '+{{count}} autres, listées après le calendrier',
    busyDays: 'Toutes les réunions des jours les plus chargés',
    notScheduled:
      'Les réunions après le {{date}} ne sont pas encore programmées : demandez-nous les dates suivantes.',
    noMeetings: 'Aucune réunion ce mois-ci.',
  },
};
