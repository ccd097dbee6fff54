import type { Catalogue } from '../en';

// Spanish messages of the 'printLists' block (issue 11). Spread into es.ts.
export const printLists: Catalogue['printLists'] = {
  updated: 'Actualizado el {{date}}',
  showing: 'Se muestra: {{filters}}',
  subject: {
    place: 'Lugar',
    allPlaces: 'Todos los lugares',
    focus: 'Tipo de grupo',
    allFocuses: 'Todos los tipos de grupo',
    month: 'Mes',
  },
  columns: {
    time: 'Hora',
    group: 'Grupo',
    format: 'Formato',
    place: 'Dónde',
    details: 'Detalles',
  },
  formats: {
    in_person: { letter: 'P', name: 'Presencial' },
    online: { letter: 'E', name: 'En línea' },
    hybrid: { letter: 'H', name: 'Presencial y en línea' },
  },
  legend: 'Formato',
  online: 'En línea: pida el enlace a la persona de contacto',
  alsoOnline: 'También en línea: pida el enlace a la persona de contacto',
  newcomersWelcome: 'Se aceptan personas nuevas',
  closedGroup: 'Cerrado a nuevas personas',
  languages: 'Idiomas: {{languages}}',
  accessibility: 'Accesibilidad: {{text}}',
  contact: 'Contacto: {{contact}}',
  starts: 'Empieza el {{date}}',
  otherDays: 'Otros horarios',
  dayCaption: 'Grupos que se reúnen el {{day}}',
  contactHeading: 'Contacto',
  noneTitle: 'Ningún grupo que mostrar',
  noneText:
    'Ningún grupo publicado coincide con esta selección. Elija otro lugar u otro tipo de grupo, o publique un grupo en su pantalla de edición.',
  calendar: {
    weekdays: 'Reuniones por día',
    closed: 'Centro cerrado: {{reason}}',
    placeClosed: '{{place}} cerrado: {{reason}}',
    cancelled: 'Cancelada',
    cancelledBecause: 'Cancelada: {{reason}}',
    more_one: '+{{count}} más, en la lista tras el calendario',
    more_other: '+{{count}} más, en la lista tras el calendario',
    more_many: '+{{count}} más, en la lista tras el calendario',
    busyDays: 'Todas las reuniones de los días con más grupos',
    notScheduled:
      'Las reuniones después del {{date}} aún no están programadas: pídanos las fechas siguientes.',
    noMeetings: 'No hay reuniones este mes.',
  },
};
