import type { Catalogue } from './en';

export const es: Catalogue = {
  errors: {
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
    wrongRecoveryKey:
      'Esa clave de recuperación no abre estos datos. Compárela con la hoja impresa.',
    notAdmin: 'Solo una cuenta de administrador puede restablecerse con la clave de recuperación.',
    locationInUse: 'Este lugar lo usan {{count}} grupos. Muévalos primero.',
    duplicateGroupName: 'Ya existe un grupo llamado «{{name}}».',
    duplicateLocationName: 'Ya existe un lugar llamado «{{name}}».',
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
    notEncrypted:
      'El archivo de la base de datos no está cifrado. Circlekeeper se niega a abrirlo.',
  },
  validation: {
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
    onlineNeedsLink: 'Los grupos en línea o híbridos necesitan un enlace o un número de acceso.',
    needsLocation: 'Los grupos presenciales o híbridos necesitan un lugar.',
    username: 'Use minúsculas, dígitos, puntos, guiones o guiones bajos.',
    weakPassword: 'Esta contraseña no cumple las reglas de abajo.',
    passwordsDiffer: 'Las dos contraseñas no coinciden.',
  },
  timeZonePicker: {
    thisComputer: 'Este equipo usa la zona {{zone}}.',
  },
  externalLink: {
    title: '¿Abrir este enlace en su navegador web?',
    open: 'Abrir en el navegador',
  },
  duplicateName: {
    question: '¿Guardar de todos modos? Dos con el mismo nombre se confunden fácilmente.',
    saveAnyway: 'Guardar de todos modos',
    goBack: 'Volver',
  },
  passwordRules: {
    length: 'Al menos 10 caracteres',
    notUsername: 'No contiene el nombre de usuario',
    notCommon: 'No es una contraseña común',
    notRepeated: 'Usa más de tres caracteres distintos',
  },
  cli: {
    usage:
      'Uso: circlekeeper <init|serve|demo-data|db-key|backup|verify-backup|restore> [opciones]',
    passwordPrompt: 'Contraseña: ',
    recoveryKeyPrompt: 'Clave de recuperación: ',
    initDone: 'Circlekeeper está configurado en {{dataDir}}.',
    recoveryKeyLine: 'Recovery key: {{key}}',
    recoveryKeyAdvice:
      'Anote o imprima esta clave y guárdela en un lugar seguro. Solo se muestra una vez.',
    serving: 'Circlekeeper está en marcha. Abra esta dirección en un navegador:',
    demoDone: 'Datos de demostración añadidos: {{locations}} lugares y {{groups}} grupos.',
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
  },
  cliHelp: {
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
        oneLine: 'Llenar un centro vacío con grupos y lugares inventados',
        summary:
          'Añade lugares y grupos inventados para probar Circlekeeper. Pide la contraseña de una persona administradora. Rechaza una carpeta de datos que ya tiene grupos o lugares, salvo con --force.',
      },
      dbKey: {
        oneLine: 'Mostrar la clave en bruto de la base de datos (para rescatar datos)',
        summary:
          'Pide la clave de recuperación y muestra la clave en bruto de la base de datos, para que las herramientas de SQLCipher puedan abrir el archivo (vea docs/SECURITY.md). Quien tenga esta clave y el archivo puede leer todos los registros.',
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
  },
  app: {
    name: 'Circlekeeper',
    startupProblem: 'Circlekeeper no ha podido arrancar',
    staleAddress: 'Abra Circlekeeper en su dirección actual',
  },
  common: {
    loading: 'Cargando…',
    tryAgain: 'Intentar de nuevo',
    cancel: 'Cancelar',
    continue: 'Continuar',
    choose: 'Elija…',
    edit: 'Editar',
    delete: 'Eliminar',
    actions: 'Acciones',
    yes: 'Sí',
    no: 'No',
    notGiven: 'Sin indicar',
    saved: 'Guardado.',
    passwordRulesTitle: 'La contraseña debe cumplir estas reglas:',
    ruleMet: 'cumplida',
    ruleNotMet: 'aún no cumplida',
    wholeNumber: 'Escriba un número entero, por ejemplo 12.',
    tooManyAttempts:
      'Demasiados intentos fallidos seguidos. Espere un momento antes de volver a intentarlo.',
    retryIn: 'Vuelva a intentarlo en {{count}} s',
    retryNow: 'Ya puede volver a intentarlo.',
  },
  unsaved: {
    title: '¿Salir sin guardar?',
    lost: {
      group: 'Se perderán los cambios en este grupo.',
      location: 'Se perderán los cambios en este lugar.',
      settings: 'Se perderán los cambios en estos ajustes.',
    },
    leave: 'Salir',
    keepEditing: 'Seguir editando',
    restored: 'Se conservaron los cambios sin guardar.',
  },
  nav: {
    label: 'Menú principal',
    menu: 'Menú',
    skipToMain: 'Saltar al contenido principal',
    dashboard: 'Resumen',
    groups: 'Grupos',
    locations: 'Lugares',
    settings: 'Ajustes',
    signedInAs: 'Sesión iniciada como',
    lock: 'Bloquear',
    signOut: 'Cerrar sesión',
  },
  databaseDamaged: {
    title: 'La base de datos está dañada',
    forAdmin:
      'Circlekeeper revisó su base de datos al iniciar sesión y encontró daños (a menudo por un disco que falla o un corte de luz). No siga introduciendo datos: puede que no se guarden. Restaure la copia de seguridad más reciente y revise después los registros introducidos desde esa copia.',
    forOthers:
      'Circlekeeper revisó su base de datos al iniciar sesión y encontró daños. No siga introduciendo datos: puede que no se guarden. Avise ahora a un administrador.',
  },
  notFound: {
    title: 'Página no encontrada',
    intro: 'Esta página no existe o se ha movido.',
    backToDashboard: 'Ir al resumen',
  },
  setup: {
    title: 'Le damos la bienvenida a Circlekeeper',
    intro:
      'Unos pocos datos para empezar. Todo lo que escriba se queda en este ordenador, cifrado.',
    organisationSection: 'Su organización',
    organisationName: 'Nombre de la organización',
    timeZone: 'Zona horaria',
    timeZoneHint: 'Los horarios de las reuniones se guardan en esta zona horaria.',
    language: 'Idioma',
    languageHint: 'Se usa en los materiales impresos. Cada persona puede elegir el suyo.',
    adminSection: 'Primera cuenta de administración',
    adminIntro:
      'Esta persona puede hacerlo todo, también crear cuentas para el resto del personal y del voluntariado.',
    username: 'Nombre de usuario',
    usernameHint: 'Letras minúsculas y cifras, por ejemplo maria.lopez',
    displayName: 'Nombre visible',
    displayNameHint: 'El nombre que ven los demás, por ejemplo María López',
    password: 'Contraseña',
    confirmPassword: 'Confirmar contraseña',
    submit: 'Configurar Circlekeeper',
  },
  recoveryKey: {
    title: 'Su clave de recuperación',
    intro: 'Imprima esta clave o anótela ahora, antes de continuar.',
    whatItDoes: 'Esta clave abre sus datos si se pierden u olvidan todas las contraseñas.',
    keepItSafe:
      'Guárdela en papel, en un lugar seguro y cerrado con llave, lejos de este ordenador.',
    shownOnce: 'Solo se muestra esta vez. Circlekeeper no puede volver a mostrarla.',
    print: 'Imprimir hoja de recuperación',
    confirm: 'He impreso o anotado esta clave',
    checkTitle: 'Compruebe su copia de la clave',
    checkIntro:
      'Escriba la clave desde su copia en papel, sin mirar la pantalla. Así se comprueba que la copia está completa y es correcta antes de necesitarla.',
    checkField: 'Clave de recuperación de su copia en papel',
    checkSubmit: 'Comprobar la clave',
    showAgain: 'Volver a mostrar la clave',
    checkLater: 'Comprobarla más tarde',
    confirmed: 'La clave de recuperación está confirmada: su copia en papel abre estos datos.',
  },
  recoverySheet: {
    title: 'Hoja de recuperación de Circlekeeper',
    organisation: 'Organización',
    date: 'Fecha',
    administrator: 'Usuario administrador',
    instructionsTitle: 'Cómo usar esta clave',
    step1:
      'Guarde esta hoja en un lugar seguro y cerrado con llave. Cualquiera que tenga esta clave y el ordenador puede abrir todos los datos.',
    step2:
      'Si se pierden todas las contraseñas, abra Circlekeeper y elija «¿Ha olvidado su contraseña? Use la clave de recuperación».',
    step3:
      'Escriba la clave tal como está impresa (los espacios, guiones y mayúsculas no importan), el nombre de usuario de administración y una contraseña nueva.',
    step4:
      'No guarde ninguna copia de esta clave en el ordenador y no la envíe nunca por correo electrónico.',
  },
  login: {
    title: 'Iniciar sesión',
    intro: 'Inicie sesión con su cuenta de Circlekeeper.',
    username: 'Nombre de usuario',
    password: 'Contraseña',
    submit: 'Entrar',
    forgotPassword: '¿Ha olvidado su contraseña? Use la clave de recuperación',
  },
  lock: {
    title: 'Circlekeeper está bloqueado',
    intro: 'Bloqueado por {{username}}. Escriba su contraseña para seguir donde lo dejó.',
    password: 'Contraseña',
    submit: 'Desbloquear',
    someoneElse: 'Entrar con otra cuenta',
  },
  keyFileProblem: {
    title: 'Falta el archivo de claves o está dañado',
    intro:
      'La carpeta de datos de Circlekeeper de este equipo contiene la base de datos, pero su archivo de claves (keyslots.json) falta, está dañado o es de otra carpeta de datos. Sin él nadie puede iniciar sesión, y Circlekeeper no se configurará de nuevo encima de sus datos.',
    nothingChanged: 'No se ha cambiado ni borrado nada. Sus registros siguen en la base de datos.',
    whatToDo: 'Qué hacer',
    putBack:
      'Si tiene una copia de keyslots.json (en una memoria USB o en una copia de la carpeta de datos), vuelva a ponerla en la carpeta de datos y pulse Comprobar de nuevo.',
    restore:
      'Si no tiene ninguna copia, restaure la copia de seguridad más reciente de Circlekeeper con la clave de recuperación o la contraseña de un administrador.',
    askForHelp:
      'Si tiene dudas, pregunte a la persona que se ocupa de este equipo antes de cambiar nada en la carpeta de datos.',
    checkAgain: 'Comprobar de nuevo',
  },
  recover: {
    title: 'Usar la clave de recuperación',
    intro:
      'Escriba la clave de la hoja de recuperación impresa y elija una contraseña nueva para una cuenta de administración.',
    recoveryKey: 'Clave de recuperación',
    recoveryKeyHint: 'Los espacios, guiones y mayúsculas no importan.',
    username: 'Nombre de usuario de administración',
    newPassword: 'Contraseña nueva',
    confirmPassword: 'Confirmar contraseña nueva',
    submit: 'Guardar la contraseña y entrar',
    backToSignIn: 'Volver a iniciar sesión',
  },
  dashboard: {
    title: 'Resumen',
    groupsHeading: 'Los grupos de un vistazo',
    active: 'Grupos activos',
    paused: 'Grupos en pausa',
    archived: 'Grupos archivados',
    openToNewcomers: 'Grupos abiertos a personas nuevas',
    listedPublicly: 'Grupos publicados',
    locations: 'Lugares',
    byFocusHeading: 'Grupos por tema',
    groupCount: 'Grupos',
    emptyTitle: 'Todavía no hay grupos',
    emptyText:
      'Empiece por añadir los grupos que organiza su centro. Los sitios donde se reúnen se añaden en Lugares.',
  },
  groups: {
    title: 'Grupos',
    intro: 'Los grupos de apoyo que organiza su centro.',
    new: 'Nuevo grupo',
    newTitle: 'Nuevo grupo',
    editTitle: 'Editar {{name}}',
    editTitleLoading: 'Editar grupo',
    loadingTitle: 'Grupo',
    backToList: 'Volver a todos los grupos',
    createFirst: 'Crear el primer grupo',
    tableCaption: 'Grupos ({{count}})',
    noLocation: 'Sin lugar',
    emptyTitle: 'Todavía no hay grupos',
    emptyText: 'Los grupos que añada aparecerán aquí, con su horario y su estado.',
    onlyArchivedTitle: 'No hay grupos activos ni en pausa',
    onlyArchivedText: 'Todos los grupos están archivados.',
    showArchived: 'Mostrar los grupos archivados',
    noMatchTitle: 'Ningún grupo coincide',
    noMatchText: 'Pruebe con otras palabras o con menos filtros.',
    clearFilters: 'Quitar filtros',
    save: 'Guardar grupo',
    archive: 'Archivar',
    unarchive: 'Desarchivar',
    archiveTitle: '¿Archivar {{name}}?',
    archiveText:
      'El grupo desaparece de las listas y de los materiales públicos. Sus registros se conservan y puede desarchivarlo cuando quiera.',
    filters: {
      search: 'Buscar grupos',
      status: 'Estado',
      any: 'Todos',
      current: 'Todos salvo archivados',
      all: 'Todos, también los archivados',
    },
    sections: {
      about: 'Sobre el grupo',
      place: 'Dónde se reúne',
      schedule: 'Cuándo se reúne',
      participants: 'Quién puede venir',
      publicListing: 'Publicación y contacto',
      records: 'Registro de asistencia',
    },
    fields: {
      name: 'Nombre',
      focus: 'Tema',
      format: 'Modalidad',
      location: 'Lugar',
      room: 'Sala',
      onlineLink: 'Enlace en línea',
      dialIn: 'Acceso por teléfono',
      schedule: 'Horario',
      frequency: 'Con qué frecuencia',
      weekdays: 'Se reúne los',
      monthOrdinal: 'Qué semana del mes',
      monthWeekday: 'Día de la semana',
      startTime: 'Hora de inicio',
      durationMinutes: 'Duración (minutos)',
      startDate: 'Fecha de inicio',
      endDate: 'Fecha de fin',
      capacity: 'Plazas',
      isOpenToNewcomers: 'Abierto a personas nuevas',
      languages: 'Idiomas del grupo',
      publicDescription: 'Descripción pública',
      audience: 'A quién va dirigido',
      accessibility: 'Accesibilidad',
      groundRules: 'Normas del grupo',
      publicContactName: 'Persona de contacto',
      publicContactPhone: 'Teléfono de contacto',
      publicContactEmail: 'Correo de contacto',
      status: 'Estado',
      isListedPublicly: 'Publicar este grupo',
      rosterMode: 'Cómo se registra la asistencia',
    },
    hints: {
      publicDescription:
        'Aparece en los carteles y en la lista de reuniones. Que sea breve y acogedora.',
      audience: 'Por ejemplo: personas adultas que han perdido a su pareja.',
      room: 'Opcional. Por ejemplo: Sala 2, primera planta.',
      onlineLink: 'Una dirección web que empiece por https://',
      dialIn: 'Opcional. Un número de teléfono y un PIN para quien no tenga internet.',
      endDate: 'Opcional. Déjelo vacío si el grupo continúa.',
      capacity: 'Opcional. El máximo de personas que admite el grupo.',
      languages:
        'Escriba parte del nombre de un idioma y elíjalo. Añada todos los que use el grupo.',
      isOpenToNewcomers: 'Desmárquelo cuando el grupo no admita miembros nuevos.',
      accessibility: 'Opcional. Acceso sin escalones, bucle magnético, intérpretes…',
      groundRules: 'Se leen al principio de cada reunión.',
      isListedPublicly:
        'Los grupos publicados aparecen en los carteles y en la lista pública de reuniones.',
    },
    rosterModes: {
      anonymous: 'Recuento anónimo (recomendado)',
      anonymousHint:
        'Solo el número de asistentes y de personas nuevas. No se guarda ningún nombre.',
      named_with_consent: 'Con nombres, con consentimiento',
      namedHint:
        'Solo se guardan los nombres de quienes lo aceptan. Úselo solo si es imprescindible.',
    },
    scheduleKinds: {
      weekly: 'Cada semana',
      biweekly: 'Cada 2 semanas',
      monthly: 'Una vez al mes',
      custom: 'Otro (se mantiene como está)',
    },
    form: {
      intro: 'Los campos marcados como opcionales pueden quedar vacíos.',
      chooseWeekday: 'Elija al menos un día.',
      scheduleIncomplete: 'Elija los días, una hora de inicio y una duración.',
      scheduleSummary: 'Horario:',
      customScheduleHint:
        'Este grupo tiene un horario que el formulario no puede mostrar. Se mantiene salvo que elija otro.',
      noLocationsYet: 'Todavía no hay lugares.',
      chosenLanguages: 'Idiomas elegidos',
      removeLanguage: 'Quitar {{language}}',
      addLocation: 'Añadir un lugar',
    },
  },
  schedule: {
    everyDay: 'todos los días',
    everyNDays: 'cada {{interval}} días',
    everyWeekOn: 'cada {{days}}',
    everyNWeeksOn: 'cada {{interval}} semanas: {{days}}',
    monthlyOn: '{{days}} de cada mes',
    everyNMonthsOn: '{{days}}, cada {{interval}} meses',
    monthDay: 'el día {{day}} de cada mes',
    everyNMonthsDay: 'el día {{day}}, cada {{interval}} meses',
    custom: 'con un horario personalizado',
    atTime: '{{pattern}} a las {{time}} ({{minutes}} min)',
    nthWeekday: '{{ordinal}} {{day}}',
    ordinals: { '1': 'primer', '2': 'segundo', '3': 'tercer', '4': 'cuarto', last: 'último' },
    ordinalChoices: {
      '1': 'Primera',
      '2': 'Segunda',
      '3': 'Tercera',
      '4': 'Cuarta',
      last: 'Última',
    },
  },
  locations: {
    title: 'Lugares',
    intro: 'Los sitios donde se reúnen los grupos.',
    new: 'Nuevo lugar',
    newTitle: 'Nuevo lugar',
    editTitle: 'Editar {{name}}',
    editNamed: 'Editar {{name}}',
    deleteNamed: 'Eliminar {{name}}',
    save: 'Guardar lugar',
    tableCaption: 'Lugares ({{count}})',
    groupCount: 'Grupos',
    emptyTitle: 'Todavía no hay lugares',
    emptyText:
      'Añada los edificios y salas donde se reúnen sus grupos. Los grupos presenciales necesitan uno.',
    deleteTitle: '¿Eliminar {{name}}?',
    deleteText: 'No se puede deshacer.',
    fields: {
      name: 'Nombre',
      address: 'Dirección',
      room: 'Sala',
      accessibilityNotes: 'Notas de accesibilidad',
      capacity: 'Aforo',
    },
    hints: {
      capacity: 'Opcional. Cuántas personas caben en la sala.',
      accessibilityNotes:
        'Opcional. Entrada sin escalones, ascensor, aseo adaptado, bucle magnético…',
    },
  },
  settings: {
    title: 'Ajustes',
    intro: 'Los datos de su organización y cuándo se bloquea Circlekeeper.',
    organisationHeading: 'Organización',
    autoLockHeading: 'Bloqueo automático',
    saveOrganisation: 'Guardar organización',
    saveAutoLock: 'Guardar bloqueo automático',
    autoLockReadOnly:
      'Circlekeeper se bloquea tras {{minutes}} minutos sin uso. Una persona administradora puede cambiarlo.',
    fields: {
      name: 'Nombre de la organización',
      address: 'Dirección',
      phone: 'Teléfono',
      email: 'Correo electrónico',
      timeZone: 'Zona horaria',
      defaultLanguage: 'Idioma predeterminado',
      paperSize: 'Tamaño de papel',
      dateRegion: 'Región para fechas y horas',
      idleLockMinutes: 'Bloquear tras estos minutos sin uso',
    },
    hints: {
      idleLockMinutes: 'Entre {{min}} y {{max}}. En un ordenador compartido, mejor poco tiempo.',
      dateRegion: 'Todas las personas que inicien sesión verán las horas y fechas escritas así.',
    },
    thisComputersRegion: 'La región de este ordenador ({{example}})',
  },
  recoveryReminder: {
    title: 'Compruebe su clave de recuperación',
    text: 'Nadie ha comprobado todavía la copia en papel de la clave de recuperación. Si se pierden todas las contraseñas, es la única forma de volver a entrar en sus datos.',
    action: 'Comprobar la clave de recuperación',
  },
  recoveryKeySettings: {
    heading: 'Clave de recuperación',
    confirmed:
      'La copia en papel de la clave de recuperación está comprobada. Guárdela en un lugar seguro y cerrado con llave, lejos de este ordenador.',
    unconfirmed: 'La clave de recuperación todavía no se ha comprobado.',
    newHeading: 'Crear una nueva clave de recuperación',
    newIntro:
      'Hágalo si se ha perdido la copia en papel o si alguien que no debía ha podido verla. La clave anterior deja de funcionar en el acto: destruya la copia en papel anterior.',
    currentPassword: 'Su contraseña actual',
    newSubmit: 'Crear una nueva clave de recuperación',
    newMade: 'Se ha creado una nueva clave de recuperación. La anterior ya no funciona.',
  },
  enums: {
    focus: {
      addiction_recovery: 'Recuperación de adicciones',
      grief: 'Duelo',
      chronic_illness: 'Enfermedad crónica',
      caregivers: 'Personas cuidadoras',
      trauma: 'Trauma',
      mental_health: 'Salud mental',
      parenting: 'Crianza',
      other: 'Otro',
    },
    format: {
      in_person: 'Presencial',
      online: 'En línea',
      hybrid: 'Híbrido (presencial y en línea)',
    },
    status: { active: 'Activo', paused: 'En pausa', archived: 'Archivado' },
    role: { admin: 'Administrador/a', coordinator: 'Coordinador/a', facilitator: 'Facilitador/a' },
    paperSize: { A4: 'A4', Letter: 'Carta (Letter)' },
  },
};
