import type { Catalogue } from '../en';

// French messages of the 'printRota' block. Spread into fr.ts.
export const printRota: Catalogue['printRota'] = {
  printedOn:
    'Imprimé le {{date}}. Les changements faits après cette date ne figurent que dans Circlekeeper.',
  rota: {
    summary_one: '{{count, number}} réunion du {{from}} au {{to}}.',
    summary_many: '{{count, number}} de réunions du {{from}} au {{to}}.',
    summary_other: '{{count, number}} réunions du {{from}} au {{to}}.',
    gaps_one: '{{count, number}} réunion n’a pas encore d’animateur principal.',
    gaps_many: '{{count, number}} de réunions n’ont pas encore d’animateur principal.',
    gaps_other: '{{count, number}} réunions n’ont pas encore d’animateur principal.',
    weekOf: 'Semaine du {{date}}',
    callIfAbsent:
      'Vous ne pouvez pas venir ? Appelez le {{phone}} le plus tôt possible, pour que quelqu’un d’autre puisse vous remplacer.',
    columns: {
      date: 'Date',
      time: 'Heure',
      group: 'Groupe',
      place: 'Lieu',
      lead: 'Principal',
      others: 'Coanimateurs et remplaçants',
    },
    online: 'En ligne',
    alsoOnline: 'aussi en ligne',
    noLead: 'Pas encore d’animateur principal',
    leadUnavailable: 'Nouvel animateur principal à trouver',
    cancelled: 'Annulée',
    inactive: '{{name}} (inactif)',
    erased: 'Bénévole effacé',
    backup: '{{name}} (remplaçant)',
    empty: 'Aucune réunion du {{from}} au {{to}}.',
  },
  contacts: {
    confidential: 'Confidentiel — à garder sous clé, à détruire quand il est remplacé.',
    summary_one:
      '{{count, number}} bénévole anime une réunion du {{from}} au {{to}}, par ordre alphabétique.',
    summary_many:
      '{{count, number}} de bénévoles animent une réunion du {{from}} au {{to}}, par ordre alphabétique.',
    summary_other:
      '{{count, number}} bénévoles animent une réunion du {{from}} au {{to}}, par ordre alphabétique.',
    notListed:
      'Ne figurent pas sur cette fiche : les bénévoles inactifs et les contacts d’urgence. Retrouvez-les dans Circlekeeper.',
    columns: {
      name: 'Nom',
      reach: 'Téléphone et e-mail',
      languages: 'Langues',
      groups: 'Groupes sur cette période',
    },
    empty: 'Personne n’anime de réunion du {{from}} au {{to}}.',
  },
};
