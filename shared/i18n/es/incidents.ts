import type { Catalogue } from '../en';

// Spanish messages of the 'incidents' block (issue 10). Spread into es.ts.
export const incidents: Catalogue['incidents'] = {
  title: 'Incidentes',
  intro:
    'Incidentes de protección comunicados desde las sesiones. Solo los coordinadores, los administradores y la persona que lo comunicó pueden verlos.',
  introOwn:
    'Los incidentes que has comunicado. Solo tú, los coordinadores y los administradores pueden verlos.',
  category: {
    safeguarding_concern: 'Preocupación por la seguridad o el bienestar de alguien',
    risk_of_harm: 'Alguien podría hacerse daño o hacérselo a otra persona',
    medical: 'Alguien se puso enfermo o se lesionó',
    aggression: 'Gritos, amenazas o violencia',
    disclosure: 'Alguien nos contó un daño o un abuso',
    privacy_breach: 'Se compartió algo privado que no debía compartirse',
    other: 'Otra cosa',
  },
  categoryHelp: {
    safeguarding_concern:
      'Por ejemplo, alguien parecía desatendido, asustado o no estar seguro en casa.',
    risk_of_harm: 'Por ejemplo, alguien habló de quitarse la vida o de hacer daño a otra persona.',
    medical: 'Por ejemplo, una caída, un ataque de pánico o alguien que necesitó una ambulancia.',
    aggression: 'Hacia cualquier persona de la sala, también hacia ti.',
    disclosure: 'Sobre sí mismo o sobre otra persona, ahora o en el pasado.',
    privacy_breach:
      'Por ejemplo, un nombre o una historia repetidos fuera del grupo, o una foto tomada en la sala.',
    other: 'Cualquier otra cosa que los coordinadores deban saber.',
  },
  severity: {
    low: 'Baja',
    medium: 'Media',
    high: 'Alta',
  },
  severityHelp: {
    low: 'Se resolvió en la sala; conviene dejarlo escrito.',
    medium: 'Un coordinador tiene que hacer seguimiento.',
    high: 'Alguien estuvo o puede estar en peligro.',
  },
  status: {
    open: 'Abierto',
    actioned: 'En seguimiento',
    closed: 'Cerrado',
  },
  fields: {
    category: 'Tipo de incidente',
    severity: 'Gravedad',
    description: 'Qué pasó',
    actionsTaken: 'Qué se hizo',
    isReferralMade: 'Se derivó a alguien a otro servicio',
    status: 'Estado',
    note: 'Nota de seguimiento',
    notes: 'Notas de seguimiento',
    group: 'Grupo',
    occurredOn: 'Fecha de la sesión',
    reportedBy: 'Comunicado por',
    reportedAt: 'Comunicado el',
    session: 'Sesión',
  },
  hints: {
    description:
      'Cuenta lo que viste y oíste, con tus propias palabras. Usa nombres de pila o «un participante»; no pongas direcciones ni otros datos que no hagan falta.',
    actionsTaken:
      'Por ejemplo, con quién hablaste, a quién llamaste y qué se le dijo o se le dio a la persona.',
    isReferralMade:
      'Márcalo si derivaste a alguien a una línea de crisis, a un médico o a otro servicio.',
    note: 'Di qué se hizo o se decidió. Todas las personas que pueden ver este incidente pueden leer las notas.',
  },
  report: {
    heading: 'Incidentes',
    button: 'Comunicar un incidente',
    title: 'Comunicar un incidente',
    intro:
      'Escribe lo que pasó mientras lo tienes reciente. Un coordinador lo leerá y hará el seguimiento.',
    crisis:
      'Si alguien está en peligro ahora, llama primero al número de emergencias. Los pasos para una crisis están en tu guía de facilitación y en la hoja de derivación de la recepción.',
    save: 'Enviar',
    saved: 'Se ha enviado. Un coordinador hará el seguimiento.',
    none: 'No hay incidentes que puedas ver en esta sesión.',
    ownOnly: 'Solo ves los incidentes que comunicaste tú.',
    notYet: 'Los incidentes se pueden comunicar aquí a partir del día de la sesión.',
  },
  list: {
    caption: 'Incidentes',
    filterLabel: 'Mostrar',
    allStatuses: 'Todos',
    none: 'No hay incidentes que mostrar.',
    noneOpen: 'No hay incidentes abiertos. Nada espera seguimiento.',
    noneWithStatus: 'No hay incidentes en «{{status}}». Elige «Todos» para ver los demás.',
    noneStaff:
      'No se ha comunicado ningún incidente. Los facilitadores y el personal los comunican desde la página de la sesión en la que ocurrió.',
    noneOwn:
      'No has comunicado ningún incidente. Para comunicar uno, abre la sesión en la que ocurrió.',
    open: 'Abrir el incidente del {{date}}, {{group}}',
  },
  detail: {
    loadingTitle: 'Incidente',
    aboutHeading: 'El incidente',
    whatHeading: 'Lo que se comunicó',
    title: 'Incidente en {{group}}',
    backToList: 'Todos los incidentes',
    nothingWritten: 'No se escribió nada.',
    noNotes: 'Todavía no hay notas de seguimiento.',
    notesHeading: 'Notas de seguimiento',
    noteBy: '{{name}}, el {{when}}',
    movedTo: 'Pasó a «{{status}}»',
  },
  update: {
    heading: 'Añadir una nota',
    intro: 'Añade una nota sobre lo que se hizo. Cambia el estado cuando el incidente avance.',
    keep: 'Dejar como «{{status}}» y añadir una nota',
    moveTo: 'Pasar a «{{status}}»',
    reopen: 'Reabrir',
    save: 'Guardar nota',
  },
  panel: {
    heading: 'Incidentes abiertos',
    intro: 'Incidentes que esperan seguimiento.',
    none: 'No hay incidentes abiertos.',
    viewAll: 'Ver todos los incidentes',
  },
  errors: {
    futureSession:
      'Esta sesión todavía no ha tenido lugar. Comunica el incidente desde la sesión en la que ocurrió.',
    statusMove: 'El incidente no puede pasar a ese estado desde el que tiene ahora.',
  },
};
