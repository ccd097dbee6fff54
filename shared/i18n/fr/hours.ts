import type { Catalogue } from '../en';

// French messages of the 'hours' block. Spread into fr.ts.
export const hours: Catalogue['hours'] = {
  title: 'Heures de bénévolat',
  intro:
    'Le temps que chaque bénévole a donné aux séances tenues, tel que consigné après chaque séance. Pour les financeurs et les remerciements.',
  heading: 'Heures de bénévolat',
  erasedVolunteer: 'Bénévole effacé',
  period: {
    label: 'Période',
    thisMonth: 'Ce mois-ci',
    lastMonth: 'Le mois dernier',
    thisYear: 'Cette année',
    lastYear: 'L’année dernière',
    custom: 'Choisir les dates',
    from: 'Du',
    to: 'Au',
    range: 'Du {{from}} au {{to}}',
    incomplete: 'Saisissez les deux dates pour voir les heures.',
  },
  columns: {
    volunteer: 'Bénévole',
    sessions: 'Séances',
    hours: 'Heures',
    date: 'Date',
    group: 'Groupe',
    role: 'Rôle',
  },
  total: 'Total',
  volunteerTotal_one: '{{hours}} heures sur {{count, number}} séance',
  volunteerTotal_many: '{{hours}} heures sur {{count, number}} de séances',
  volunteerTotal_other: '{{hours}} heures sur {{count, number}} séances',
  volunteerCaption: 'Séances animées par {{name}} du {{from}} au {{to}}, les plus récentes d’abord',
  volunteerNone:
    'Aucune heure sur cette période. Les heures comptent dès qu’une séance est marquée comme tenue et que les heures des animateurs sont consignées sur sa page.',
  summaryCaption: 'Heures par bénévole du {{from}} au {{to}}',
  summaryTotal_one: '{{hours}} heures données par {{count, number}} bénévole',
  summaryTotal_many: '{{hours}} heures données par {{count, number}} de bénévoles',
  summaryTotal_other: '{{hours}} heures données par {{count, number}} bénévoles',
  emptyTitle: 'Aucune heure sur cette période',
  emptyText:
    'Les heures comptent dès qu’une séance est marquée comme tenue et que les heures de chaque animateur sont consignées sur la page de la séance. Choisissez une autre période, ou consignez les séances qui ont eu lieu.',
  exportCsv: 'Exporter en CSV',
  exportHint: 'Un fichier tableur de ce tableau, pour cette période.',
};
