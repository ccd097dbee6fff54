import type { Catalogue } from '../en';
import { volunteers } from './volunteers-messages';

// Spanish messages of the 'importCsv' block (issue 12). Spread into es.ts.
/** The volunteer form's own words for the fields a column can fill. */
const volunteerFields = volunteers.fields;

export const importCsv: Catalogue['importCsv'] = {
  rowsRefused_one:
    '{{count}} fila no se puede importar, así que no se ha añadido nada. Corríjala e inténtelo de nuevo.',
  rowsRefused_many:
    '{{count}} filas no se pueden importar, así que no se ha añadido nada. Corríjalas e inténtelo de nuevo.',
  rowsRefused_other:
    '{{count}} filas no se pueden importar, así que no se ha añadido nada. Corríjalas e inténtelo de nuevo.',
  rowProblem: 'Fila {{row}}, {{field}}: {{message}}',
  rowProblemWithValue: "Fila {{row}}, {{field}} '{{value}}': {{message}}",
  rowProblemNoField: 'Fila {{row}}: {{message}}',
  tooManyRows:
    'Este archivo tiene {{rows}} filas; una importación admite como máximo {{maximum}}. Divídalo en archivos más pequeños.',
  noRows: 'Este archivo no tiene filas bajo la línea de encabezado.',
  noFirstNameColumn:
    'Ninguna columna contiene nombres. Titule una columna «Nombre» (o First name, Prénom, الاسم).',
  fields: {
    firstName: volunteerFields.firstName,
    lastName: volunteerFields.lastName,
    preferredName: volunteerFields.preferredName,
    pronouns: volunteerFields.pronouns,
    phone: volunteerFields.phone,
    email: volunteerFields.email,
    languages: volunteerFields.languages,
    skills: volunteerFields.skills,
    status: volunteerFields.status,
    startDate: volunteerFields.startDate,
    emergencyContactName: 'Contacto de emergencia',
    emergencyContactPhone: 'Teléfono del contacto de emergencia',
    emergencyContactRelationship: 'Parentesco del contacto de emergencia',
    notes: 'Notas',
  },
  cli: {
    usage: 'Uso: circlekeeper import volunteers <archivo.csv> [--dry-run]',
    duplicateSkipped: 'Fila {{row}} omitida: {{name}} puede que ya sea voluntario.',
    repeatSkipped: 'Fila {{row}} omitida: repite la fila {{other}}.',
    done_one: '{{count}} voluntario importado.',
    done_many: '{{count}} voluntarios importados.',
    done_other: '{{count}} voluntarios importados.',
    checked_one:
      'Todas las filas son válidas: se importaría {{count}} voluntario. No se ha escrito nada.',
    checked_many:
      'Todas las filas son válidas: se importarían {{count}} voluntarios. No se ha escrito nada.',
    checked_other:
      'Todas las filas son válidas: se importarían {{count}} voluntarios. No se ha escrito nada.',
  },
  cliHelp: {
    oneLine: 'Importar voluntarios desde un archivo CSV (todo o nada)',
    summary:
      'Añade los voluntarios de un archivo CSV de una hoja de cálculo (UTF-8 o Windows-1252; coma, punto y coma o tabulador). Las columnas se reconocen por su encabezado en español, inglés, francés o árabe. Si alguna fila no es válida, se nombra cada fila errónea y no se escribe nada. Los posibles duplicados de voluntarios existentes se omiten. La contraseña de administrador se lee del terminal o de la primera línea de la entrada estándar.',
    dryRunOption: 'Comprobar el archivo e informar, sin escribir nada',
  },
};
