import type { Catalogue } from '../en';

// Spanish messages of the 'funderReport' block (issue 11). Spread into es.ts.
export const funderReport: Catalogue['funderReport'] = {
  heading: 'Informe para financiadores',
  period: 'Del {{from}} al {{to}}',
  printedOn: 'Impreso el {{date}}',
  figuresHeading: 'El periodo de un vistazo',
  totals: {
    sessionsHeld: 'Reuniones celebradas',
    attendance: 'Asistencia',
    newcomers: 'Personas nuevas',
    groupsMet: 'Grupos que se reunieron',
    volunteerHours: 'Horas de voluntariado',
    volunteersGivingTime: 'Voluntarios que dedicaron tiempo',
    sessionsCancelled: 'Reuniones canceladas',
    cancelledByClosure: '{{number}} de ellas porque el centro estaba cerrado',
    sessionsUnrecorded: 'Reuniones aún sin registrar',
  },
  notes: {
    attendance:
      'La asistencia es el número de personas en cada reunión, sumado: los grupos llevan recuentos anónimos, así que quien vino a diez reuniones cuenta diez veces.',
    unrecorded:
      'Las reuniones sin registrar se celebraron o estaban previstas, pero nadie ha anotado lo ocurrido; su asistencia no se cuenta arriba.',
  },
  charts: {
    heading: 'Mes a mes',
    attendance: 'Asistencia y personas nuevas por mes',
    sessions: 'Reuniones celebradas y canceladas por mes',
    hours: 'Horas de voluntariado por mes',
    seeTable: '{{title}}. Las cifras están en la tabla «Cifras por mes».',
    held: 'Celebradas',
    cancelled: 'Canceladas',
    attendanceSeries: 'Asistencia',
    newcomersSeries: 'Personas nuevas',
    hoursSeries: 'Horas de voluntariado',
  },
  groups: {
    heading: 'Grupos',
    caption: 'Cada grupo que se reunió, o debía reunirse, en el periodo',
    group: 'Grupo',
    focus: 'Enfoque',
    held: 'Celebradas',
    cancelled: 'Canceladas',
    attendance: 'Asistencia',
    average: 'Media por reunión',
    newcomers: 'Personas nuevas',
    hours: 'Horas de voluntariado',
    total: 'Todos los grupos',
    none: 'Ningún grupo se reunió ni debía reunirse en este periodo.',
  },
  months: {
    heading: 'Cifras por mes',
    month: 'Mes',
  },
  empty: {
    title: 'No hubo actividad en este periodo',
    text: 'No se celebró, canceló ni estaba prevista ninguna reunión entre estas fechas. Elija otras fechas arriba: el informe imprime el periodo que elija.',
  },
};
