import type { Catalogue } from '../en';

// Spanish messages of the 'resources' block (issue 11). Spread into es.ts.
export const resources: Catalogue['resources'] = {
  title: 'Recursos de derivación',
  intro:
    'Líneas de crisis y servicios locales a los que derivar cuando un grupo no basta. Se imprimen en la hoja de recursos, en cada plan de sesión y en el puesto de impresión.',
  new: 'Añadir un recurso',
  newTitle: 'Añadir un recurso de derivación',
  editTitle: 'Cambiar «{{name}}»',
  editNamed: 'Editar {{name}}',
  save: 'Guardar recurso',
  printSheet: 'Imprimir la hoja de recursos',
  emptyTitle: 'Todavía no hay recursos de derivación',
  emptyText:
    'Añada primero su línea de crisis local y luego los servicios por los que la gente pregunta: un banco de alimentos, el médico de urgencias, apoyo a cuidadores o en el duelo.',
  tableCaption_one: '{{count}} recurso de derivación, las líneas de crisis primero',
  tableCaption_other: '{{count}} recursos de derivación, las líneas de crisis primero',
  tableCaption_many: '{{count}} recursos de derivación, las líneas de crisis primero',
  crisisLine: 'Línea de crisis',
  whereColumn: 'Dónde',
  fields: {
    name: 'Nombre',
    purpose: 'Para qué sirve',
    phone: 'Teléfono',
    hours: 'Horario',
    address: 'Dirección',
    website: 'Sitio web',
    isCrisisLine: 'Línea de crisis',
  },
  hints: {
    purpose:
      'Una línea con palabras sencillas, como «Alguien con quien hablar, de día o de noche».',
    isCrisisLine:
      'Para alguien en peligro o en crisis ahora. Las líneas de crisis se imprimen primero, en un recuadro propio.',
    hours: 'Como «24 horas, todos los días» o «lun–vie 9:00–17:00».',
    website: 'Empieza por https:// o http://',
  },
  remove: 'Quitar',
  removeNamed: 'Quitar {{name}}',
  removeTitle: '¿Quitar «{{name}}»?',
  removeText:
    'Dejará de imprimirse en la hoja de recursos, en los planes de sesión y en el puesto de impresión. Sigue guardado: puede restaurarlo desde esta página.',
  removedTitle_one: '{{count}} recurso quitado',
  removedTitle_other: '{{count}} recursos quitados',
  removedTitle_many: '{{count}} recursos quitados',
  removedIntro: 'Ya no se imprimen. Restaure uno para volver a ponerlo en la hoja.',
  restore: 'Restaurar',
  restoreNamed: 'Restaurar {{name}}',
  sheet: {
    kicker: 'Hoja de recursos de derivación',
    title: 'Dónde encontrar ayuda',
    contact: '¿Preguntas? Consúltenos',
    crisisHeading: 'En una crisis',
    danger: 'Si usted u otra persona está en peligro ahora, llame a una de estas líneas.',
    othersHeading: 'Otra ayuda y servicios locales',
    service: 'Servicio',
    phone: 'Teléfono',
    hours: 'Cuándo',
    where: 'Dónde',
    printed:
      'Impreso el {{date}}. Los números y horarios cambian: compruébelos antes de contar con ellos.',
    none: 'Pregunte al personal por los servicios locales.',
    noneScreen:
      'Todavía no hay nada que imprimir: añada las líneas de crisis y los servicios en la pantalla Recursos de derivación.',
  },
};
