import type { Catalogue } from '../en';

// Spanish messages of the 'exportCsv' block (issue 12). Spread into es.ts.
export const exportCsv: Catalogue['exportCsv'] = {
  button: 'Exportar CSV',
  emptyReason: 'No hay nada que exportar: la lista está vacía. Cambie los filtros para exportar.',
  saved_one: 'Se guardó {{count}} fila en el archivo CSV.',
  saved_many: 'Se guardaron {{count}} filas en el archivo CSV.',
  saved_other: 'Se guardaron {{count}} filas en el archivo CSV.',
  downloaded_one: 'Se exportó {{count}} fila: su navegador muestra el archivo en sus descargas.',
  downloaded_many:
    'Se exportaron {{count}} filas: su navegador muestra el archivo en sus descargas.',
  downloaded_other:
    'Se exportaron {{count}} filas: su navegador muestra el archivo en sus descargas.',
  volunteers: {
    displayName: 'Nombre',
    firstName: 'Nombre de pila',
    lastName: 'Apellidos',
    pronouns: 'Pronombres',
    phone: 'Teléfono',
    email: 'Correo electrónico',
    languages: 'Idiomas',
    status: 'Estado',
    startDate: 'Fecha de inicio',
    backgroundCheck: 'Verificación de antecedentes',
    backgroundCheckExpiresOn: 'La verificación de antecedentes vence el',
    readiness: 'Preparación',
  },
  groups: {
    name: 'Grupo',
    focus: 'Tema',
    format: 'Formato',
    schedule: 'Horario',
    location: 'Lugar',
    status: 'Estado',
    isOpenToNewcomers: 'Abierto a recién llegados',
    isListedPublicly: 'Publicado',
  },
  sessions: {
    date: 'Fecha',
    start: 'Inicio',
    end: 'Fin',
    group: 'Grupo',
    focus: 'Tema',
    format: 'Formato',
    location: 'Lugar',
    room: 'Sala',
    status: 'Estado',
    cancelReason: 'Motivo de la cancelación',
    kind: 'Nota',
    extra: 'Sesión adicional',
    moved: 'Cambiada de fecha',
  },
};
