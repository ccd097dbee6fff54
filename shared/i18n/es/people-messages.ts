import type { Catalogue } from '../en';

// Spanish messages of the blocks 'trainings', 'readiness', 'facilitators', 'pager'. Spread into es.ts.

export const trainings: Catalogue['trainings'] = {
  title: 'Formaciones',
  intro:
    'Las formaciones que necesitan sus facilitadores, cuánto tiempo es válida cada una y quién debe tenerla.',
  new: 'Nueva formación',
  newTitle: 'Nueva formación',
  editTitle: 'Editar {{name}}',
  editNamed: 'Editar {{name}}',
  save: 'Guardar formación',
  tableCaption: 'Formaciones ({{count}})',
  emptyTitle: 'Todavía no hay formaciones',
  emptyText:
    'Añada las formaciones que necesitan sus facilitadores, como Protección o Primeros auxilios. Indique cuánto tiempo es válida cada una y si la necesitan quienes dirigen o cofacilitan.',
  neverExpires: 'No caduca',
  validForMonths_one: '{{count}} mes',
  validForMonths_other: '{{count}} meses',
  validForMonths_many: '{{count}} meses',
  inUse: 'En uso',
  retired: 'Retirada',
  retire: 'Retirar',
  restore: 'Recuperar',
  retireNamed: 'Retirar {{name}}',
  restoreNamed: 'Recuperar {{name}}',
  retireTitle: '¿Retirar {{name}}?',
  restoreTitle: '¿Recuperar {{name}}?',
  retireText:
    'Ya no se ofrecerá para nuevas finalizaciones y nadie la necesitará para estar listo. Puede recuperarla en cualquier momento.',
  restoreText: 'Se volverá a ofrecer y, si es obligatoria, volverá a contar para estar listo.',
  completionsKept:
    'Las finalizaciones ya registradas ({{count}}) se conservan en el registro de cada voluntario.',
  fields: {
    name: 'Nombre',
    description: 'Descripción',
    validityMonths: 'Válida durante (meses)',
    isRequiredForLead: 'Obligatoria para quien dirige',
    isRequiredForCo: 'Obligatoria para quien cofacilita',
  },
  hints: {
    name: 'Por ejemplo: Protección, Primeros auxilios, Facilitación informada sobre el trauma.',
    description: 'Opcional. Qué cubre o quién la imparte.',
    validityMonths:
      'Cuántos meses sigue siendo válida una finalización, por ejemplo 12 o 36. Déjelo vacío si no caduca.',
    isRequiredForLead: 'Quien dirige la necesita para estar listo.',
    isRequiredForCo: 'Quien cofacilita y quien dirige la necesitan para estar listos.',
  },
  columns: {
    validity: 'Válida durante',
    requiredForLead: 'Obligatoria para dirigir',
    requiredForCo: 'Obligatoria para cofacilitar',
    completions: 'Finalizaciones',
    status: 'Estado',
  },
};

export const readiness: Catalogue['readiness'] = {
  state: { ready: 'Lista', expiring: 'Vence pronto', not_ready: 'No lista' },
  status: {
    not_active: 'No es una persona voluntaria activa.',
    erased: 'Datos personales borrados.',
  },
  backgroundCheck: {
    not_started: 'Verificación de antecedentes sin empezar.',
    pending: 'Verificación de antecedentes pendiente.',
    not_cleared: 'Verificación de antecedentes no superada.',
    expired: 'La verificación de antecedentes venció el {{date}}.',
    expiring: 'La verificación de antecedentes vence el {{date}}.',
  },
  training: {
    missing: '{{name}}: sin completar.',
    expired: '{{name}} venció el {{date}}.',
    expiring: '{{name}} vence el {{date}}.',
  },
};

export const facilitators: Catalogue['facilitators'] = {
  title: 'Facilitación',
  intro: 'Quién dirige este grupo, quién cofacilita y quién puede suplir.',
  contactsIntro: 'Las personas que llevan este grupo con usted.',
  add: 'Añadir facilitador/a',
  empty: 'Nadie facilita este grupo todavía. Añada a quien lo dirige y a quien cofacilita.',
  emptyContacts: 'Aún no figuran otras personas facilitadoras en este grupo.',
  columns: {
    name: 'Nombre',
    phone: 'Teléfono',
    role: 'Función',
    readiness: 'Preparación',
    actions: 'Acciones',
  },
  overrideNote: 'Dirige aunque no está lista: {{reason}}',
  addTitle: 'Añadir una persona facilitadora',
  changeTitle: 'Cambiar la función de {{name}}',
  changeRole: 'Cambiar función',
  changeRoleNamed: 'Cambiar función de {{name}}',
  remove: 'Quitar',
  removeNamed: 'Quitar a {{name}}',
  removeTitle: '¿Quitar a {{name}} de este grupo?',
  removeText: 'Dejará de figurar como persona facilitadora de este grupo.',
  fields: {
    volunteer: 'Persona voluntaria',
    role: 'Función',
    overrideReason: 'Motivo de la excepción',
  },
  hints: {
    volunteer: 'Escriba parte de un nombre, teléfono o correo.',
    overrideReason:
      'Por qué esta persona debe dirigir aunque no esté lista. Se guarda con la asignación.',
  },
  noMatches: 'Ninguna persona voluntaria activa coincide.',
  readinessFor: 'Preparación para esta función',
  notReadyWarning:
    '{{name}} no está lista para esta función. Aun así puede añadirla para cofacilitar o suplir; resuelva pronto lo indicado.',
  notReadyLead:
    '{{name}} no está lista para dirigir. Para que dirija de todos modos, escriba el motivo de la excepción.',
  expiringWarning: '{{name}} está lista, pero algo caduca pronto.',
  addedNotReady: 'Se añadió a {{name}}, pero aún no está lista para esta función.',
  save: 'Guardar',
};

export const pager: Catalogue['pager'] = {
  previous: 'Página anterior',
  next: 'Página siguiente',
  pageOf: 'Página {{page}} de {{pages}}',
};
