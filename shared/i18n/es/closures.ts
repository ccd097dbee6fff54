import type { Catalogue } from '../en';

// Spanish messages of the 'closures' block (issue 10). Spread into es.ts.
export const closures: Catalogue['closures'] = {
  title: 'Cierres',
  intro:
    'Días en que el centro, o un lugar, está cerrado. Las sesiones de esos días se cancelan con el motivo que indique y vuelven si quita el cierre.',
  add: 'Añadir cierre',
  addTitle: 'Añadir un cierre',
  emptyTitle: 'No hay cierres',
  emptyText:
    'Cuando el centro cierre por vacaciones u obras, añada un cierre: las sesiones de esos días se cancelan solas y vuelven si lo quita.',
  tableCaption: 'Cierres en vigor',
  wholeCentre: 'Todo el centro',
  dateRange: 'Del {{from}} al {{to}}',
  sessionCount_one: '{{count, number}} sesión',
  sessionCount_other: '{{count, number}} sesiones',
  sessionCount_many: '{{count, number}} sesiones',
  columns: {
    dates: 'Fechas',
    place: 'Dónde',
    reason: 'Motivo',
    sessions: 'Sesiones canceladas',
  },
  fields: {
    startsOn: 'Primer día cerrado',
    endsOn: 'Último día cerrado',
    scope: 'Qué cierra',
    locationId: 'Lugar',
    reason: 'Motivo',
  },
  scope: {
    centre: 'Todo el centro',
    centreHint: 'Todos los lugares, y también los grupos en línea.',
    location: 'Un solo lugar',
  },
  hints: {
    reason: 'Se muestra en cada sesión cancelada, por ejemplo «Vacaciones de Navidad».',
  },
  preview_zero: 'No cancela ninguna sesión.',
  preview_one: 'Cancela {{count, number}} sesión.',
  preview_other: 'Cancela {{count, number}} sesiones.',
  preview_many: 'Cancela {{count, number}} sesiones.',
  previewNote: 'Las sesiones ya celebradas o ya canceladas se quedan como están.',
  save: 'Añadir cierre',
  remove: 'Quitar',
  removeNamed: 'Quitar el cierre «{{reason}}»',
  removeTitle: '¿Quitar el cierre «{{reason}}»?',
  removeText_zero: 'No vuelve ninguna sesión: este cierre no cancela ninguna ahora.',
  removeText_one:
    'Vuelve al calendario {{count, number}} sesión, salvo que otro cierre también la cubra.',
  removeText_other:
    'Vuelven al calendario {{count, number}} sesiones, salvo las que otro cierre también cubra.',
  removeText_many:
    'Vuelven al calendario {{count, number}} sesiones, salvo las que otro cierre también cubra.',
  removed_one: 'Cierre quitado: {{count, number}} sesión ha vuelto al calendario.',
  removed_other: 'Cierre quitado: {{count, number}} sesiones han vuelto al calendario.',
  removed_many: 'Cierre quitado: {{count, number}} sesiones han vuelto al calendario.',
  errors: {
    cancelHeld: 'Esta sesión ya se celebró, así que no se puede cancelar.',
    moveHeld: 'Esta sesión ya se celebró, así que no se puede mover.',
    restoreClosed:
      'Un cierre del centro cancela esta sesión. Volverá cuando se quite ese cierre en la pantalla Cierres.',
  },
  session: {
    actionsLabel: 'Cambiar esta sesión',
    cancel: 'Cancelar sesión',
    cancelTitle: '¿Cancelar esta sesión?',
    cancelText: 'Circlekeeper no avisa al grupo: informe a quienes facilitan.',
    reason: 'Motivo',
    reasonHint: 'Se muestra en la sesión, por ejemplo «Facilitadora enferma».',
    confirmCancel: 'Cancelar la sesión',
    keep: 'Mantenerla',
    restore: 'Recuperar sesión',
    cancelledByClosure: 'Cancelada por el cierre «{{reason}}» ({{dates}}).',
    seeClosures: 'Ver cierres',
    move: 'Mover',
    moveTitle: 'Mover esta sesión',
    moveSave: 'Mover la sesión',
    date: 'Fecha',
    startTime: 'Hora de inicio',
    duration: 'Duración en minutos',
    location: 'Lugar',
    online: 'En línea (sin lugar)',
    room: 'Sala',
  },
  extra: {
    add: 'Añadir una sesión extra',
    title: 'Añadir una sesión extra de {{name}}',
    intro:
      'Una reunión puntual fuera del horario. Se admite una fecha pasada: registre una reunión que ya tuvo lugar.',
    save: 'Añadir la sesión',
  },
};
