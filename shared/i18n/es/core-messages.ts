import type { Catalogue } from '../en';

// Spanish messages of the blocks 'errors', 'validation', 'timeZonePicker', 'externalLink', 'duplicateName', 'passwordRules'. Spread into es.ts.

export const errors: Catalogue['errors'] = {
  VALIDATION_FAILED: 'Algunos campos necesitan atención.',
  UNKNOWN_METHOD: 'La aplicación pidió algo que no conoce. Reinicie Circlekeeper.',
  NOT_AUTHENTICATED: 'Inicie sesión.',
  FORBIDDEN: 'Su cuenta no tiene permiso para hacer esto.',
  LOCKED: 'Circlekeeper está bloqueado. Inicie sesión para continuar.',
  NOT_SET_UP: 'Circlekeeper aún no está configurado.',
  ALREADY_SET_UP: 'Circlekeeper ya está configurado en este equipo.',
  WRONG_CREDENTIALS: 'El usuario o la contraseña no son correctos.',
  TOO_MANY_ATTEMPTS: 'Demasiados intentos fallidos. Vuelva a intentarlo en {{seconds}} segundos.',
  ACCOUNT_DISABLED: 'Esta cuenta está desactivada. Consulte a un administrador.',
  NOT_FOUND: 'Ese registro ya no existe.',
  CONFLICT: 'Este cambio entra en conflicto con datos existentes.',
  SCHEMA_TOO_NEW:
    'Estos datos se guardaron con una versión más reciente de Circlekeeper. Instale esa versión para abrirlos.',
  DATA_DIR_PROBLEM: 'Circlekeeper no puede leer ni escribir su carpeta de datos.',
  KEY_FILE_PROBLEM:
    'La carpeta de datos contiene la base de datos de Circlekeeper, pero su archivo de claves (keyslots.json) falta, está dañado o es de otra carpeta de datos, así que nadie puede iniciar sesión. No se ha cambiado nada. Vuelva a poner el keyslots.json de esta carpeta desde una copia o restaure una copia de seguridad.',
  DATA_DIR_IN_USE:
    'Circlekeeper ya se está ejecutando con esta carpeta de datos. Cambie a esa ventana o ciérrela primero.',
  DATA_DIR_MISSING:
    'La carpeta de datos no existe o no se puede alcanzar. Compruebe que la unidad esté conectada y que el nombre de la carpeta sea correcto.',
  DATA_DIR_NOT_A_FOLDER:
    'La ruta de la carpeta de datos apunta a un archivo, no a una carpeta. Elija una carpeta.',
  DATABASE_CORRUPT:
    'El archivo de la base de datos está dañado. No se ha escrito nada más en él. Restaure la última copia de seguridad o pida ayuda antes de cambiar nada.',
  DISK_FULL:
    'El disco está lleno, así que no se guardó nada. Libere espacio y vuelva a intentarlo.',
  READ_ONLY:
    'No se puede escribir en la carpeta de datos (es de solo lectura). No se guardó nada. Compruebe los permisos de la carpeta o la protección contra escritura de la unidad.',
  PORT_IN_USE:
    'Otro programa ya usa ese puerto. Elija otro puerto o no indique ninguno para usar uno libre.',
  BACKUP_NOT_A_BACKUP:
    'Este archivo no es una copia de seguridad de Circlekeeper. Elija un archivo cuyo nombre termine en .ckbackup.',
  BACKUP_DAMAGED:
    'Esta copia de seguridad está dañada o incompleta (quizá se cortó al retirar una unidad). No se cambió nada. Use otra copia.',
  BACKUP_TOO_NEW:
    'Esta copia de seguridad la hizo una versión más nueva de Circlekeeper. No se cambió nada. Instale la versión más nueva para restaurarla.',
  BACKUP_VERIFY_FAILED:
    'La copia se escribió pero no se pudo leer correctamente, así que se eliminó. No se cambió nada más. Pruebe con otra unidad.',
  BACKUP_TARGET_MISSING:
    'No se encuentra la unidad o carpeta de la copia. Compruebe que la memoria USB esté conectada y vuelva a intentarlo.',
  DUPLICATE_NAME: 'Otro registro ya tiene este nombre.',
  INTERNAL: 'Algo salió mal. No se cambió nada. Vuelva a intentarlo.',
  NETWORK: 'Circlekeeper no responde. Reinícielo.',
  STALE_ADDRESS:
    'Esta dirección es de un arranque anterior de Circlekeeper, o está incompleta. Abra la dirección que Circlekeeper mostró al arrancar, o vuelva a arrancarlo.',
  wrongRecoveryKey: 'Esa clave de recuperación no abre estos datos. Compárela con la hoja impresa.',
  notAdmin: 'Solo una cuenta de administrador puede restablecerse con la clave de recuperación.',
  locationInUse: 'Este lugar lo usan {{count}} grupos. Muévalos primero.',
  duplicateGroupName: 'Ya existe un grupo llamado «{{name}}».',
  duplicateLocationName: 'Ya existe un lugar llamado «{{name}}».',
  lastActiveAdmin:
    'Es la única cuenta de administrador activa. Primero haga administradora a otra cuenta, para que alguien pueda seguir gestionando las cuentas y las copias de seguridad.',
  userAlreadyActive: 'Esta cuenta ya está activa.',
  volunteerNotLinkable:
    'Esa persona voluntaria ya no existe, o sus datos personales se borraron. Elija otra.',
  volunteerAlreadyLinked: 'Esa persona voluntaria ya está vinculada a otra cuenta.',
  userDisabledNoReset:
    'Esta cuenta está desactivada. Actívela en su lugar: eso establece una contraseña nueva.',
  duplicateTrainingName: 'Ya existe una formación llamada «{{name}}».',
  duplicateResourceName: 'Ya hay un recurso llamado «{{name}}» en la hoja.',
  eraseNameMismatch: 'Escriba el nombre de la persona voluntaria tal como aparece para confirmar.',
  volunteerErased:
    'Los datos personales de esta persona voluntaria se borraron; el registro ya no se puede cambiar.',
  trainingRetired: 'Esta formación está retirada: restáurela antes de registrar quién la completó.',
  volunteerInactive:
    'Esta persona voluntaria está inactiva. Reactívela antes de darle un lugar en un grupo.',
  facilitatorAlreadyAssigned: 'Esta persona voluntaria ya facilita este grupo.',
  leadNotReady:
    'Esta persona voluntaria no está lista para dirigir. Elija cofacilitación o suplencia, o escriba el motivo de la excepción.',
  notYourGroup: 'Solo puede ver los grupos que facilita.',
  duplicateUsername: 'Ese nombre de usuario ya existe.',
  wrongBackupSecret:
    'Esa contraseña o clave de recuperación no abre esta copia. Use una contraseña de administrador válida cuando se hizo la copia, o la clave de recuperación de entonces.',
  backupTargetFull:
    'La unidad de la copia está llena, así que no se guardó ninguna copia. Libere espacio en ella o use otra unidad.',
  backupTargetReadOnly:
    'No se puede escribir en la unidad de la copia (es de solo lectura o está protegida). No se guardó ninguna copia. Use otra unidad o carpeta.',
  backupFileMissing:
    'No se encuentra el archivo de la copia. Compruebe que la unidad esté conectada.',
  notAFolder: 'Esta no es una carpeta que se pueda abrir.',
  safetyCopyMissing: 'Esa copia de seguridad previa ya no existe.',
  notEncrypted: 'El archivo de la base de datos no está cifrado. Circlekeeper se niega a abrirlo.',
};

export const validation: Catalogue['validation'] = {
  backupFileName: 'Use un nombre de archivo que termine en .ckbackup, sin barras.',
  absolutePath: 'Indique una ruta completa, como /media/usb o E:\\.',
  required: 'Este campo es obligatorio.',
  invisibleOnly:
    'Escriba un nombre con letras o números: los espacios y caracteres invisibles solos no cuentan.',
  tooShort: 'Use al menos {{minimum}} caracteres.',
  tooLong: 'Use como máximo {{maximum}} caracteres.',
  tooSmall: 'Use {{minimum}} o más.',
  tooLarge: 'Use {{maximum}} o menos.',
  tooMany: 'Elija como máximo {{maximum}}.',
  invalidType: 'Falta este valor o no es del tipo correcto.',
  invalidChoice: 'Elija una de las opciones.',
  invalidFormat: 'No tiene el formato esperado.',
  unknownField: 'Este formulario tiene un campo que la aplicación no conoce: {{keys}}.',
  invalid: 'Este valor no es válido.',
  date: 'Escriba la fecha como AAAA-MM-DD.',
  time: 'Escriba la hora como HH:MM (24 horas).',
  email: 'Escriba un correo como nombre@ejemplo.org.',
  phone: 'Use solo dígitos, espacios, +, -, ( y ).',
  url: 'Escriba una dirección web que empiece por https://',
  timeZone: 'Elija una zona horaria de la lista.',
  region: 'Elija una región de la lista.',
  languageCode: 'Use códigos de idioma como en, es o ar.',
  rrule: 'Circlekeeper no entiende este horario.',
  endBeforeStart: 'La fecha de fin debe ser igual o posterior a la de inicio.',
  periodTooLong:
    'Un informe abarca como máximo tres años. Elija un inicio posterior o un final anterior.',
  newcomersAboveHeadcount: 'Las personas nuevas no pueden ser más que el total de asistentes.',
  rangeTooLong: 'Elija un periodo de un año como máximo.',
  rotaTooLong: 'Los turnos abarcan tres meses (92 días) como máximo. Elija un periodo más corto.',
  onlineNeedsLink: 'Los grupos en línea o híbridos necesitan un enlace o un número de acceso.',
  crisisLineNeedsPhone: 'Una línea de crisis necesita un teléfono: se imprime para que la llamen.',
  needsLocation: 'Los grupos presenciales o híbridos necesitan un lugar.',
  username: 'Use minúsculas, dígitos, puntos, guiones o guiones bajos.',
  weakPassword: 'Esta contraseña no cumple las reglas de abajo.',
  passwordsDiffer: 'Las dos contraseñas no coinciden.',
  expiryBeforeCheck: 'La fecha de vencimiento debe ser igual o posterior a la de la verificación.',
  endBeforeStartTime: 'La hora de fin debe ser posterior a la de inicio.',
};

export const timeZonePicker: Catalogue['timeZonePicker'] = {
  thisComputer: 'Este equipo usa la zona {{zone}}.',
};

export const externalLink: Catalogue['externalLink'] = {
  title: '¿Abrir este enlace en su navegador web?',
  open: 'Abrir en el navegador',
};

export const duplicateName: Catalogue['duplicateName'] = {
  question: '¿Guardar de todos modos? Dos con el mismo nombre se confunden fácilmente.',
  saveAnyway: 'Guardar de todos modos',
  goBack: 'Volver',
};

export const passwordRules: Catalogue['passwordRules'] = {
  length: 'Al menos 10 caracteres',
  notUsername: 'No contiene el nombre de usuario',
  notCommon: 'No es una contraseña común',
  notRepeated: 'Usa más de tres caracteres distintos',
};
