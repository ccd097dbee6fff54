import type { Catalogue } from '../en';

// Spanish messages of the 'hours' block (issue 10). Spread into es.ts.
export const hours: Catalogue['hours'] = {
  title: 'Horas de voluntariado',
  intro:
    'Lo que cada voluntario dedicó a las sesiones celebradas, según lo registrado después de cada sesión. Para financiadores y agradecimientos.',
  heading: 'Horas de voluntariado',
  erasedVolunteer: 'Voluntario borrado',
  period: {
    label: 'Periodo',
    thisMonth: 'Este mes',
    lastMonth: 'El mes pasado',
    thisYear: 'Este año',
    lastYear: 'El año pasado',
    custom: 'Elegir fechas',
    from: 'Desde',
    to: 'Hasta',
    range: 'Del {{from}} al {{to}}',
    incomplete: 'Escriba las dos fechas para ver las horas.',
  },
  columns: {
    volunteer: 'Voluntario',
    sessions: 'Sesiones',
    hours: 'Horas',
    date: 'Fecha',
    group: 'Grupo',
    role: 'Función',
  },
  total: 'Total del periodo',
  volunteerTotal_one: '{{hours}} horas en {{count, number}} sesión',
  volunteerTotal_other: '{{hours}} horas en {{count, number}} sesiones',
  volunteerTotal_many: '{{hours}} horas en {{count, number}} sesiones',
  volunteerCaption:
    'Sesiones que {{name}} facilitó del {{from}} al {{to}}, las más recientes primero',
  volunteerNone:
    'No hay horas en este periodo. Las horas cuentan cuando una sesión se marca como celebrada y se registran las horas de los facilitadores en su página.',
  summaryCaption: 'Horas por voluntario del {{from}} al {{to}}',
  summaryTotal_one: '{{hours}} horas de {{count, number}} voluntario',
  summaryTotal_other: '{{hours}} horas de {{count, number}} voluntarios',
  summaryTotal_many: '{{hours}} horas de {{count, number}} voluntarios',
  emptyTitle: 'No hay horas en este periodo',
  emptyText:
    'Las horas cuentan cuando una sesión se marca como celebrada y se registran las horas de cada facilitador en la página de la sesión. Elija otro periodo o registre las sesiones que se celebraron.',
  exportCsv: 'Exportar CSV',
  exportHint: 'Un archivo de hoja de cálculo con esta tabla, para este periodo.',
};
