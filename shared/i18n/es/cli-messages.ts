import type { Catalogue } from '../en';

// Spanish messages of the blocks 'cli', 'cliHelp'. Spread into es.ts.

export const cli: Catalogue['cli'] = {
  usage:
    'Uso: circlekeeper <init|serve|demo-data|db-key|audit-verify|backup|verify-backup|restore> [opciones]',
  passwordPrompt: 'Contraseña: ',
  recoveryKeyPrompt: 'Clave de recuperación: ',
  initDone: 'Circlekeeper está configurado en {{dataDir}}.',
  recoveryKeyLine: 'Recovery key: {{key}}',
  recoveryKeyAdvice:
    'Anote o imprima esta clave y guárdela en un lugar seguro. Solo se muestra una vez.',
  serving: 'Circlekeeper está en marcha. Abra esta dirección en un navegador:',
  demoDone: 'Datos de demostración añadidos: {{locations}} lugares y {{groups}} grupos.',
  demoPeopleDone:
    'Añadidos {{volunteers}} voluntarios con formación, verificaciones y funciones de facilitación, y las cuentas de demostración {{users}} (misma contraseña que la suya).',
  demoSessionsDone:
    'Añadidas {{sessions}} sesiones pasadas ({{recorded}} con registro), {{closures}} cierres, {{participants}} participantes en listas nominales y {{incidents}} incidentes presentados por {{facilitators}}.',
  dbKeyWarning:
    'ATENCIÓN: esta es la clave en bruto de la base de datos. Quien la tenga junto con el archivo puede leer todos los registros. No la guarde en un archivo ni la comparta.',
  unknownCommand: 'Orden desconocida: {{command}}',
  missingOption: 'Falta la opción: {{option}}',
  badOption: 'Valor incorrecto para {{option}}: {{value}}',
  unknownOption: 'La orden {{command}} no tiene la opción {{option}}.',
  passwordAgainPrompt: 'Escriba la contraseña otra vez: ',
  passwordsDiffer:
    'Las dos contraseñas no son iguales. No se ha configurado nada: vuelva a ejecutar la orden.',
  expectedOneOf: 'Use uno de estos valores: {{values}}.',
  expectedPort: 'Use un número de puerto del 1 al 65535, o quite --port para elegir uno libre.',
  expectedTimeZone:
    'Use un nombre de zona horaria de la lista IANA, como Europe/Madrid o America/Mexico_City.',
  weakPassword: 'La contraseña no cumple estas reglas:',
  ruleNotMet: 'no se cumple',
  demoHasData:
    'Esta carpeta de datos ya tiene {{locations}} lugares y {{groups}} grupos. Los datos de demostración se mezclarían con los reales, así que no se ha añadido nada. Añada --force para añadirlos de todos modos.',
  backupFileArgument: '<archivo> (la copia de seguridad)',
  backupDone: 'Copia de seguridad escrita y verificada: {{file}} ({{counts}}; {{size}} bytes).',
  backupVerified: 'La copia de seguridad está completa y se abre: {{file}}',
  backupDescription:
    'Hecha el {{createdAt}} en {{device}} (Circlekeeper {{version}}): {{counts}}; {{size}} bytes.',
  restoreDone:
    'Restaurada en {{dataDir}}. Todos vuelven a iniciar sesión con las contraseñas de la copia.',
  restoreNeedsAdmin:
    'Esta carpeta de datos ya tiene datos: indique --admin con un usuario administrador cuya contraseña abra estos datos y la copia.',
  auditVerified: 'El registro de auditoría se verifica: {{count}} entradas.',
  auditBroken: 'El registro de auditoría no se verifica ({{checked}} entradas comprobadas).',
};

export const cliHelp: Catalogue['cliHelp'] = {
  usageTitle: 'Uso:',
  commandsTitle: 'Órdenes:',
  optionsTitle: 'Opciones:',
  exampleTitle: 'Ejemplo:',
  more: 'Ejecute circlekeeper <orden> --help para ver sus opciones y un ejemplo.',
  values: {
    name: 'nombre',
    username: 'usuario',
    zone: 'zona',
    file: 'archivo',
    folder: 'carpeta',
    number: 'número',
    options: 'opciones',
  },
  exampleOrganisation: 'Centro Comunitario Ribera',
  commands: {
    init: {
      oneLine: 'Configurar Circlekeeper en una carpeta de datos nueva',
      summary:
        'Configura Circlekeeper en una carpeta de datos nueva y vacía: la organización, su primera persona administradora y la clave de recuperación. Pide la contraseña dos veces (desde una tubería: las dos primeras líneas). Muestra la clave de recuperación una sola vez: anótela o imprímala.',
    },
    serve: {
      oneLine: 'Ejecutar Circlekeeper para un navegador en este ordenador',
      summary:
        'Ejecuta Circlekeeper y muestra una dirección para abrir en un navegador de este ordenador. Se detiene con Ctrl+C. La dirección cambia cada vez: tras reiniciar, abra la nueva.',
    },
    demoData: {
      oneLine: 'Llenar un centro vacío con grupos, lugares y voluntarios inventados',
      summary:
        'Añade lugares, grupos, voluntarios con formación y verificaciones, y facilitadores inventados para probar Circlekeeper (small: 40 voluntarios; large: 5000). También añade las cuentas office-admin (administración), coordinator y facilitator (vinculada a un voluntario que dirige un grupo), con la contraseña de la persona administradora que lo ejecuta. Pide esa contraseña. Rechaza una carpeta de datos que ya tiene grupos o lugares, salvo con --force.',
    },
    dbKey: {
      oneLine: 'Mostrar la clave en bruto de la base de datos (para rescatar datos)',
      summary:
        'Pide la clave de recuperación y muestra la clave en bruto de la base de datos, para que las herramientas de SQLCipher puedan abrir el archivo (vea docs/SECURITY.md). Quien tenga esta clave y el archivo puede leer todos los registros.',
    },
    auditVerify: {
      oneLine: 'Comprobar que nadie ha manipulado el registro de auditoría',
      summary:
        'Pide la contraseña de un administrador y comprueba cada entrada del registro de auditoría con la anterior. Termina con 0 si el registro se verifica; si no, nombra la primera entrada donde se rompe y termina con 1. La comprobación queda registrada.',
    },
    backup: {
      oneLine: 'Escribir una copia verificada en una memoria USB o carpeta',
      summary:
        'Escribe un archivo de copia cifrado en la carpeta (o archivo terminado en .ckbackup) indicada con --to y luego lo relee para comprobarlo. Pide la contraseña de un administrador o coordinador. Conserva las 10 copias más recientes en esa carpeta.',
    },
    verifyBackup: {
      oneLine: 'Comprobar que una copia está completa y se abre',
      summary:
        'Comprueba cada byte de una copia y la abre, sin cambiar nada. Pide la contraseña del --admin indicado o, si no, la clave de recuperación, tal como eran cuando se hizo la copia.',
    },
    restore: {
      oneLine: 'Restaurar una copia en una carpeta de datos',
      summary:
        'Restaura una copia. En una carpeta de datos vacía prepara este equipo a partir de la copia (pide la clave de recuperación o la contraseña del --admin indicado). Sobre datos existentes, los guarda antes como copia previa y necesita --admin.',
    },
  },
  options: {
    org: 'El nombre de la organización (obligatorio).',
    admin: 'El usuario administrador.',
    displayName: 'El nombre que ven los demás. Por defecto: el usuario.',
    timezone: 'Una zona horaria IANA, como Europe/Madrid. Por defecto: la de este ordenador.',
    language: 'Idioma de los materiales impresos. Por defecto: en.',
    port: 'El puerto en el que escuchar. Por defecto: cualquier puerto libre.',
    size: 'Cuántos datos de demostración. Por defecto: small.',
    to: 'Dónde escribir la copia: una carpeta (como una memoria USB) o un archivo terminado en .ckbackup.',
    force: 'Añadir datos de demostración aunque la carpeta ya tenga datos.',
    dataDir:
      'La carpeta de datos. Por defecto: CIRCLEKEEPER_DATA_DIR, o la carpeta de Circlekeeper de este usuario.',
    help: 'Mostrar esta ayuda.',
  },
};
