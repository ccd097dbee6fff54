import type { Catalogue } from '../en';

// Spanish messages of the 'sessionRecord' block (issue 10). Spread into es.ts.
export const sessionRecord: Catalogue['sessionRecord'] = {
  errors: {
    notStarted: 'Esta sesión aún no ha empezado. Podrá registrarla cuando haya empezado.',
    cancelled: 'Esta sesión se canceló, así que no hay nada que registrar. Restáurela primero.',
    overCapacity:
      'La asistencia supera la capacidad del grupo, que es {{capacity}}. Guárdela de todos modos si vino tanta gente.',
    alreadyWithdrawn: 'Esta persona ya retiró su consentimiento.',
  },
  validation: {
    notFacilitator: 'Solo se pueden registrar horas de quienes facilitan esta sesión.',
    noRoster: 'Este grupo lleva recuentos anónimos, así que no tiene lista de asistencia.',
    notOnRoster: 'Alguien marcado no está en la lista de esta sesión.',
    withdrawalBeforeConsent:
      'El consentimiento no se puede retirar antes de la fecha en que se dio.',
    consentAfterWithdrawal: 'El consentimiento debe darse antes de la fecha en que se retiró.',
  },
  section: {
    title: 'Qué pasó',
    notYet: 'Podrá registrar esta sesión cuando haya empezado.',
    cancelled: 'Esta sesión se canceló, así que no hay nada que registrar.',
    intro:
      'Registre cuántas personas vinieron y las horas de cada facilitador. Podrá editarlo más tarde.',
    edit: 'Editar registro',
    recordedOn: 'Registrada el {{date}}',
  },
  fields: {
    headcount: 'Asistencia',
    newcomers: 'Personas nuevas',
    hoursFor: 'Horas de {{name}}',
    notes: 'Notas',
    attendance: 'Quién vino',
  },
  hints: {
    headcount: 'Todas las personas que vinieron, incluidas las nuevas.',
    newcomers: 'Personas en su primera reunión de este grupo.',
    hours: 'Con la preparación incluida. Empieza con la duración de la sesión.',
    notes:
      'Cómo fue la sesión, para quien facilite la próxima. Sin datos de salud ni nombres completos.',
    attendance: 'Solo aparecen las personas de la lista con consentimiento.',
  },
  noFacilitators: 'Nadie facilita esta sesión, así que no hay horas que registrar.',
  noRoster:
    'Todavía no hay nadie en la lista de este grupo. Añada participantes en la página del grupo.',
  nobodyAttended: 'Nadie marcado',
  save: 'Guardar registro',
  cancel: 'Cancelar',
  overCapacity: {
    title: '¿Más personas que la capacidad del grupo?',
    body: 'La asistencia de {{headcount}} supera la capacidad de {{capacity}}. Guárdela de todos modos si vino tanta gente.',
    confirm: 'Guardar de todos modos',
    goBack: 'Volver',
  },
  details: {
    hours: 'Horas de facilitación',
    hoursValue: '{{name}}: {{hours, number}} h',
    noHours: 'Ninguna registrada',
  },
  needsRecord: {
    title: 'Sesiones pendientes de registro',
    intro: 'Sesiones pasadas de los últimos 90 días que nadie ha registrado todavía.',
    empty: 'Todas las sesiones pasadas tienen su registro. ¡Bien hecho!',
    columns: { group: 'Grupo', date: 'Fecha', time: 'Hora', action: 'Acción' },
    record: 'Registrar',
    recordNamed: 'Registrar {{group}} el {{date}}',
  },
  participants: {
    title: 'Participantes',
    intro:
      'Este grupo lleva una lista con nombres. Use solo un nombre de pila o un alias, y anote la fecha en que cada persona dio su consentimiento.',
    empty:
      'Todavía no hay nadie en la lista. Añada al primer participante cuando haya dado su consentimiento.',
    add: 'Añadir participante',
    addTitle: 'Añadir un participante',
    editTitle: 'Cambiar a {{name}}',
    withdrawTitle: 'Retirar el consentimiento de {{name}}',
    withdrawIntro:
      '{{name}} sale de la lista de todas las sesiones posteriores a esta fecha. La asistencia ya registrada se conserva.',
    rename: 'Cambiar',
    renameNamed: 'Cambiar a {{name}}',
    withdraw: 'Retirar consentimiento',
    withdrawNamed: 'Retirar consentimiento de {{name}}',
    showWithdrawn: 'Mostrar a quienes retiraron su consentimiento',
    save: 'Guardar',
    confirmWithdraw: 'Retirar consentimiento',
    columns: {
      name: 'Nombre o alias',
      consentOn: 'Consentimiento dado',
      status: 'Estado',
      actions: 'Acciones',
    },
    onRoster: 'En la lista',
    withdrawnOn: 'Retiró su consentimiento el {{date}}',
    fields: {
      name: 'Nombre de pila o alias',
      consentOn: 'Consentimiento dado el',
      withdrawnOn: 'Retirado el',
    },
    hints: { name: 'Solo un nombre de pila o un alias, nunca un nombre completo.' },
  },
};
