import type { Catalogue } from '../en';

// French messages of the 'funderReport' block. Spread into fr.ts.
export const funderReport: Catalogue['funderReport'] = {
  heading: 'Rapport pour les financeurs',
  period: 'Du {{from}} au {{to}}',
  printedOn: 'Imprimé le {{date}}',
  figuresHeading: 'La période en un coup d’œil',
  totals: {
    sessionsHeld: 'Réunions tenues',
    attendance: 'Présences',
    newcomers: 'Nouveaux venus',
    groupsMet: 'Groupes qui se sont réunis',
    volunteerHours: 'Heures de bénévolat',
    volunteersGivingTime: 'Bénévoles qui ont donné de leur temps',
    sessionsCancelled: 'Réunions annulées',
    cancelledByClosure: 'dont {{number}} parce que le centre était fermé',
    sessionsUnrecorded: 'Réunions pas encore consignées',
  },
  notes: {
    attendance:
      'Les présences sont le nombre de personnes à chaque réunion, additionné : les groupes tiennent des comptes anonymes, donc une personne venue à dix réunions compte dix fois.',
    unrecorded:
      'Les réunions pas encore consignées ont eu lieu ou étaient prévues, mais personne n’a saisi ce qui s’est passé ; leurs présences ne sont pas comptées ci-dessus.',
  },
  charts: {
    heading: 'Mois par mois',
    attendance: 'Présences et nouveaux venus par mois',
    sessions: 'Réunions tenues et annulées par mois',
    hours: 'Heures de bénévolat par mois',
    seeTable: '{{title}}. Les chiffres figurent dans le tableau « Chiffres par mois ».',
    held: 'Tenues',
    cancelled: 'Annulées',
    attendanceSeries: 'Présences',
    newcomersSeries: 'Nouveaux venus',
    hoursSeries: 'Heures de bénévolat',
  },
  groups: {
    heading: 'Groupes',
    caption: 'Chaque groupe qui s’est réuni, ou devait se réunir, sur la période',
    group: 'Groupe',
    focus: 'Thème',
    held: 'Tenues',
    cancelled: 'Annulées',
    attendance: 'Présences',
    average: 'Moyenne par réunion',
    newcomers: 'Nouveaux venus',
    hours: 'Heures de bénévolat',
    total: 'Tous les groupes',
    none: 'Aucun groupe ne s’est réuni ni ne devait se réunir sur cette période.',
  },
  months: {
    heading: 'Chiffres par mois',
    month: 'Mois',
  },
  empty: {
    title: 'Rien ne s’est passé sur cette période',
    text: 'Aucune réunion n’a été tenue, annulée ou prévue entre ces dates. Choisissez d’autres dates ci-dessus : le rapport s’imprime pour la période de votre choix.',
  },
};
