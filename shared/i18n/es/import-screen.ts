import type { Catalogue } from '../en';

// Spanish messages of the 'importScreen' block: the CSV import screen (issue 12). Spread into es.ts.
export const importScreen: Catalogue['importScreen'] = {
  openButton: 'Importar de una hoja de cálculo',
  title: 'Importar voluntarios de una hoja de cálculo',
  intro:
    'Añada muchos voluntarios a la vez desde un archivo CSV. No se añade nada hasta que todas las filas estén bien.',
  rowCount_one: '{{count, number}} fila',
  rowCount_many: '{{count, number}} filas',
  rowCount_other: '{{count, number}} filas',
  volunteerCount_one: '{{count, number}} voluntario',
  volunteerCount_many: '{{count, number}} voluntarios',
  volunteerCount_other: '{{count, number}} voluntarios',
  choose: {
    heading: '1. Elegir un archivo',
    button: 'Elegir un archivo CSV…',
    hint: 'En Excel o LibreOffice, use «Guardar como» y elija el tipo CSV. Sirven comas o puntos y comas entre las celdas, en UTF-8 o en Windows-1252 (Excel antiguo).',
    privacy: 'El archivo se lee solo en este ordenador; nunca se envía a ninguna parte.',
    reading: 'Leyendo el archivo…',
    chosen: 'Archivo «{{name}}»: {{rows}}.',
    empty: 'Este archivo está vacío. Elija el archivo CSV que guardó desde la hoja de cálculo.',
    notText:
      'Esto no es un archivo CSV. En la hoja de cálculo, use «Guardar como», elija el tipo CSV y luego elija aquí el archivo nuevo.',
    tooBig:
      'Este archivo es demasiado grande para una lista de voluntarios (más de {{megabytes}} MB). Compruebe que es el archivo correcto.',
    unreadable: 'No se ha podido leer este archivo. Vuelva a elegirlo.',
  },
  preview: {
    heading: '2. Vista previa',
    intro: 'Las primeras filas, tal como están en el archivo.',
    caption: 'Las primeras {{rows}} del archivo',
  },
  map: {
    heading: '3. Asociar las columnas',
    intro:
      'Para cada columna del archivo, elija el dato del voluntario que contiene. Las opciones ya elegidas salen de los encabezados de las columnas.',
    columnLabel: 'Campo de la columna «{{header}}»',
    untitledColumn: 'columna {{number}}',
    example: 'Primera fila: {{value}}',
    emptyExample: 'Vacía en la primera fila.',
    doNotImport: 'No importar',
    chosenTwice: '{{field}} está elegido para más de una columna. Elíjalo solo para una columna.',
    firstNameMissing:
      'Elija la columna que contiene los nombres: todo voluntario necesita un nombre.',
  },
  check: {
    heading: '4. Comprobar',
    button: 'Comprobar las filas',
    blockedReason: 'Corrija las columnas elegidas arriba y luego compruebe las filas.',
    checking: 'Comprobando cada fila…',
    passed:
      'Todas las filas están bien: se pueden importar {{volunteers}}. Todavía no se ha añadido nada.',
    failedNote:
      'Corrija estas filas en la hoja de cálculo, guárdela otra vez como CSV y vuelva a elegir el archivo.',
    duplicatesHeading: 'Posibles duplicados',
    duplicatesIntro: 'Estas filas se omiten salvo que marque «Importar de todos modos».',
    alreadyThere: 'Fila {{row}}: puede que {{name}} ya sea voluntario',
    repeatsRow: 'La fila {{row}} repite la fila {{other}}',
    importAnyway: 'Importar de todos modos',
  },
  import: {
    heading: '5. Importar',
    button: 'Importar {{volunteers}}',
    buttonBeforeCheck: 'Importar los voluntarios',
    nothingToImport:
      'Se omiten todas las filas: marque «Importar de todos modos» en las que quiera, o elija otro archivo.',
    blockedReason: 'Se podrá importar cuando la comprobación encuentre bien todas las filas.',
    importing: 'Importando…',
  },
  result: {
    heading: 'Importación hecha',
    imported_one: '{{count, number}} voluntario importado.',
    imported_many: '{{count, number}} voluntarios importados.',
    imported_other: '{{count, number}} voluntarios importados.',
    skipped_one: '{{count, number}} omitido por posible duplicado.',
    skipped_many: '{{count, number}} omitidos por posibles duplicados.',
    skipped_other: '{{count, number}} omitidos por posibles duplicados.',
    toList: 'Ver la lista de voluntarios',
    another: 'Importar otro archivo',
  },
  leaveWarning: 'El archivo elegido no se ha importado. Si sale, tendrá que volver a elegirlo.',
};
