import type { Catalogue } from '../en';

// Spanish messages of the 'cover' block (issue 10). Spread into es.ts.
export const cover: Catalogue['cover'] = {
  section: {
    title: 'Quién facilita',
    introGroup:
      'Por defecto, las personas facilitadoras del grupo dirigen cada una de sus sesiones. Los cambios hechos aquí valen solo para esta sesión.',
    contactsIntro: 'Las personas que facilitan esta sesión con usted.',
    empty:
      'Nadie facilita esta sesión todavía. Elija una persona facilitadora principal preparada.',
    emptyContacts:
      'Todavía no hay nadie asignado para facilitar esta sesión. Pregunte a su coordinador o coordinadora.',
    change: 'Cambiar facilitadores',
    reset: 'Usar los facilitadores del grupo',
    resetTitle: '¿Usar los facilitadores del grupo para esta sesión?',
    resetText:
      'La lista elegida para esta sesión se sustituye por las personas facilitadoras actuales del grupo.',
    overrideNote: 'Dirige sin estar preparada: {{reason}}',
    problemsHeading: 'Por resolver antes de esta sesión',
    noProblems: 'Sin huecos ni conflictos: esta sesión está cubierta.',
    fix: 'Resolver',
    fixNamed: 'Resolver: sustituir a {{name}}',
    chooseLead: 'Elegir principal',
  },
  columns: {
    name: 'Nombre',
    role: 'Función',
    readiness: '¿Preparada?',
    phone: 'Teléfono',
  },
  gap: {
    no_lead: 'Esta sesión no tiene facilitador principal.',
    lead_not_ready: 'La persona facilitadora principal no está preparada para dirigir esta sesión.',
  },
  conflict: {
    overlap: '{{name}} también facilita {{other}} a la misma hora.',
    outside_availability: '{{name}} no está disponible a esta hora, según el horario que dio.',
    not_ready: '{{name}} no está preparada para facilitar esta sesión.',
  },
  dialog: {
    title: 'Facilitadores de esta sesión',
    intro:
      'Los cambios valen solo para esta sesión. El grupo conserva sus propias personas facilitadoras.',
    listLabel: 'Elegidas para esta sesión',
    noneChosen: 'Todavía no hay nadie. Añada abajo una persona facilitadora principal.',
    roleOf: 'Función de {{name}}',
    remove: 'Quitar',
    removeNamed: 'Quitar a {{name}}',
    replaceShort: 'Sustituir',
    replaceNamed: 'Sustituir a {{name}}',
    addHeading: 'Añadir a alguien',
    replaceHeading: '¿Quién ocupa el lugar de {{name}} ({{role}})?',
    add: 'Añadir a esta sesión',
    replace: 'Sustituir a {{name}}',
    cancelReplace: 'Mantener a {{name}}',
    pickFirst: 'Elija primero una persona voluntaria.',
    save: 'Guardar facilitadores',
  },
  gaps: {
    title: 'Sesiones sin cubrir',
    intro:
      'Sesiones de los próximos {{days}} días sin una persona facilitadora principal preparada.',
    empty: 'No hay sesiones sin cubrir en los próximos {{days}} días.',
    row: {
      no_lead: '{{group}} el {{date}} a las {{time}} no tiene facilitador principal.',
      lead_not_ready:
        '{{group}} el {{date}} a las {{time}}: la persona facilitadora principal no está preparada.',
    },
    fixLabel: 'Resolver {{group}} el {{date}}',
  },
  conflicts: {
    title: 'Conflictos de facilitadores',
    intro:
      'En los próximos {{days}} días: una persona en dos sesiones a la vez, fuera del horario que dio, o no preparada.',
    empty: 'No hay conflictos en los próximos {{days}} días.',
    row: {
      overlap:
        '{{name}} está en {{group}} y en {{other}} a la misma hora el {{date}} a las {{time}}.',
      outside_availability:
        '{{name}} facilita {{group}} el {{date}} a las {{time}}, fuera del horario que dio.',
      not_ready: '{{name}} facilita {{group}} el {{date}} a las {{time}} pero no está preparada.',
    },
    fixLabel: 'Resolver {{group}} el {{date}} ({{name}})',
  },
  errors: {
    samePersonTwice: 'La misma persona aparece dos veces en la lista.',
    oneLead: 'Una sesión tiene como mucho una persona facilitadora principal.',
    hasHours:
      'Alguien que ha quitado de la lista tiene horas registradas en esta sesión. Manténgalo en la lista.',
    heldSession:
      'Esta sesión ya se celebró y sus horas están registradas con sus propias personas facilitadoras, así que las conserva.',
  },
};
