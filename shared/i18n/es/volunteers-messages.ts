import type { Catalogue } from '../en';

// Spanish messages of the blocks 'volunteers', 'trainingRecords', 'volunteerForm'. Spread into es.ts.

export const volunteers: Catalogue['volunteers'] = {
  title: 'Voluntarios',
  intro: 'Las personas que facilitan y ayudan, y si cada una está lista para hacerlo.',
  add: 'Añadir un voluntario',
  backToList: 'Volver a voluntarios',
  loadingTitle: 'Voluntario',
  tableCaption: 'Voluntarios, del {{from}} al {{to}} de {{total}}',
  range: 'Del {{from}} al {{to}} de {{total}}',
  pages: 'Páginas de la lista de voluntarios',
  emptyTitle: 'Todavía no hay voluntarios',
  emptyText:
    'Añada a las personas que facilitan y ayudan en sus grupos. Sus formaciones y verificaciones de antecedentes muestran si cada una está lista.',
  noMatchTitle: 'Ningún voluntario coincide',
  noMatchText: 'Pruebe con otras palabras o con menos filtros.',
  clearFilters: 'Quitar filtros',
  filters: {
    search: 'Buscar por nombre, teléfono o correo',
    any: 'Todos',
  },
  sections: {
    contact: 'Contacto',
    volunteering: 'Voluntariado',
    availability: 'Disponibilidad',
    emergency: 'Contacto de emergencia',
    notes: 'Notas',
  },
  fields: {
    name: 'Nombre',
    firstName: 'Nombre',
    lastName: 'Apellidos',
    preferredName: 'Nombre preferido',
    pronouns: 'Pronombres',
    phone: 'Teléfono',
    email: 'Correo electrónico',
    languages: 'Idiomas',
    skills: 'Habilidades',
    status: 'Estado',
    startDate: 'Fecha de inicio',
    readiness: 'Preparación',
    availability: 'Disponibilidad semanal',
    emergencyContactName: 'Nombre',
    emergencyContactPhone: 'Teléfono',
    emergencyContactRelationship: 'Relación',
    backgroundCheck: 'Verificación de antecedentes',
    backgroundCheckStatus: 'Estado',
    backgroundCheckDate: 'Verificado el',
    backgroundCheckExpiresOn: 'Caduca el',
    notes: 'Notas',
  },
  availabilitySlot: '{{day}} {{from}}–{{to}}',
  noAvailability: 'No se han indicado horarios',
  readiness: {
    heading: '¿Listo para facilitar?',
    asCo: 'Como cofacilitador',
    asLead: 'Como facilitador principal',
  },
  deactivate: 'Desactivar',
  reactivate: 'Reactivar',
  deactivateTitle: '¿Desactivar a {{name}}?',
  deactivateText:
    'Dejará de contar como listo para facilitar. No se borra nada: puede reactivarlo cuando quiera.',
  reactivateTitle: '¿Reactivar a {{name}}?',
  reactivateText:
    'Vuelve a ser un voluntario activo. Compruebe que sus formaciones y su verificación de antecedentes estén al día.',
  erase: {
    button: 'Borrar datos personales…',
    title: '¿Borrar los datos personales de {{name}}?',
    irreversible:
      'Esto no se puede deshacer. Hágalo solo cuando la persona haya pedido que se la olvide.',
    removed:
      'Se borran para siempre: nombres, pronombres, teléfono, correo, idiomas, habilidades, fechas, contacto de emergencia, fechas de la verificación de antecedentes, disponibilidad y notas.',
    kept: 'Se conserva, sin nombre: las horas y sesiones que facilitó, para que los informes sigan cuadrando.',
    typeName: 'Para confirmar, escriba su nombre: {{name}}',
    confirm: 'Borrar datos personales',
    erasedTitle: 'Voluntario borrado',
    erasedOn: 'Datos personales borrados el {{date}}.',
    erasedText:
      'Su historial anónimo se conserva para los informes. Ya no se puede mostrar ni cambiar nada de esta persona.',
  },
};

export const trainingRecords: Catalogue['trainingRecords'] = {
  heading: 'Formaciones',
  caption: 'Formaciones completadas por {{name}}',
  training: 'Formación',
  completedOn: 'Completada el',
  expiresOn: 'Caduca el',
  neverExpires: 'No caduca',
  none: 'Todavía no hay formaciones registradas.',
  record: 'Registrar formación',
  recordTitle: 'Registrar una formación de {{name}}',
  save: 'Guardar formación',
  noTrainingsOffered:
    'Todavía no hay formaciones en el catálogo, así que no se puede registrar ninguna. Añada primero las formaciones que imparte su centro.',
  remove: 'Quitar',
  removeNamed: 'Quitar {{training}} completada el {{date}}',
  removeTitle: '¿Quitar este registro de formación?',
  removeText:
    '{{training}}, completada el {{date}}, dejará de contar para la preparación de {{name}}.',
};

export const volunteerForm: Catalogue['volunteerForm'] = {
  newTitle: 'Nuevo voluntario',
  editTitle: 'Editar {{name}}',
  editTitleLoading: 'Editar voluntario',
  intro: 'Solo el nombre es obligatorio. Complete el resto a medida que lo sepa.',
  save: 'Guardar voluntario',
  backToVolunteer: 'Volver al voluntario',
  addSkill: 'Añadir habilidad',
  chosenSkills: 'Habilidades añadidas',
  removeSkill: 'Quitar {{skill}}',
  noAvailability:
    'Todavía no hay horarios. Añada los momentos de la semana en que esta persona suele poder ayudar.',
  slot: 'Horario disponible {{number}}',
  addSlot: 'Añadir un horario',
  remove: 'Quitar',
  removeSlot: 'Quitar el horario disponible {{number}}',
  sections: {
    nameAndContact: 'Nombre y contacto',
    languagesAndSkills: 'Idiomas y habilidades',
    status: 'Estado y fecha de inicio',
    emergencyContact: 'Contacto de emergencia',
    backgroundCheck: 'Verificación de antecedentes',
    availability: 'Disponibilidad semanal',
    notes: 'Notas',
  },
  fields: {
    firstName: 'Nombre',
    lastName: 'Apellidos',
    preferredName: 'Nombre preferido',
    pronouns: 'Pronombres',
    phone: 'Teléfono',
    email: 'Correo electrónico',
    skills: 'Habilidades',
    status: 'Estado',
    startDate: 'Fecha de inicio',
    emergencyContactName: 'Nombre del contacto',
    emergencyContactPhone: 'Teléfono del contacto',
    emergencyContactRelationship: 'Relación',
    backgroundCheckStatus: 'Estado de la verificación',
    backgroundCheckDate: 'Fecha de la verificación',
    backgroundCheckExpiresOn: 'La verificación caduca el',
    day: 'Día',
    from: 'Desde',
    to: 'Hasta',
    notes: 'Notas sobre la persona voluntaria',
  },
  hints: {
    preferredName:
      'Opcional. El nombre por el que prefiere que le llamen; aparece en listas y turnos.',
    pronouns: 'Opcional. Por ejemplo: ella, él, elle.',
    phone: 'Opcional. Solo dígitos, espacios, +, -, ( y ).',
    email: 'Opcional. Por ejemplo: nombre@ejemplo.org',
    languages:
      'Escriba parte del nombre de un idioma y elíjalo. Añada todos los idiomas en que puede facilitar.',
    skills:
      'Escriba una habilidad y pulse Intro o Añadir habilidad. Por ejemplo: primeros auxilios, lengua de signos, reuniones en línea.',
    startDate: 'Opcional. El día en que empezó a colaborar aquí.',
    emergencyContact:
      'Opcional. A quién llamar si le pasa algo a la persona voluntaria durante una sesión.',
    emergencyContactRelationship: 'Por ejemplo: pareja, madre o padre, amistad.',
    backgroundCheckDate:
      'Solo si ya se ha hecho la verificación: la fecha en que se emitió. Déjelo vacío mientras no haya empezado o esté pendiente.',
    backgroundCheckExpiresOn:
      'Solo si ya se ha hecho la verificación. Déjelo vacío si no caduca. No puede ser anterior a la fecha de la verificación.',
    availability:
      'Los momentos de la semana en que suele poder ayudar, en la zona horaria del centro. La hora de fin debe ser posterior a la de inicio.',
    notes:
      'Coordinadores y administradores pueden leer estas notas. No escriba datos de salud ni nada contado en confidencia.',
  },
  statusHints: {
    applicant: 'Ha presentado su solicitud; todavía no facilita.',
    active: 'Se le puede asignar a grupos.',
    inactive: 'Está en pausa o se ha ido; su historial se conserva.',
  },
};
