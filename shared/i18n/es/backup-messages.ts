import type { Catalogue } from '../en';

// Spanish messages of the blocks 'backup', 'restore', 'databaseDamaged'. Spread into es.ts.

export const backup: Catalogue['backup'] = {
  title: 'Copia de seguridad',
  intro:
    'Copie todo en una memoria USB. Guárdela en un lugar seguro y cerrado con llave, lejos de este ordenador.',
  whereHeading: 'Dónde guardarla',
  targetLabel: 'Unidad o carpeta',
  targetKind: {
    removable: '{{label}} · {{free}} libres',
    lastUsed: '{{label}} (la última vez) · {{free}} libres',
    folder: '{{label}} · {{free}} libres',
  },
  noDrives:
    'No se encontró ninguna memoria USB. Conecte una y vuelva a abrir esta página, o elija una carpeta.',
  chooseFolder: 'Elegir carpeta…',
  backUpNow: 'Hacer la copia ahora',
  savedAs: 'Guardada como',
  verifiedAt: 'Comprobada ✓ {{when}}',
  counts: {
    groups_one: '{{count, number}} grupo',
    groups_other: '{{count, number}} grupos',
    groups_many: '{{count, number}} grupos',
    volunteers_one: '{{count, number}} persona voluntaria',
    volunteers_other: '{{count, number}} personas voluntarias',
    volunteers_many: '{{count, number}} personas voluntarias',
    sessions_one: '{{count, number}} sesión',
    sessions_other: '{{count, number}} sesiones',
    sessions_many: '{{count, number}} sesiones',
    locations_one: '{{count, number}} lugar',
    locations_other: '{{count, number}} lugares',
    locations_many: '{{count, number}} lugares',
  },
  phase: {
    starting: 'Empezando…',
    snapshot: 'Copiando los datos…',
    sealing: 'Sellando el archivo de copia…',
    verifying: 'Comprobando que la copia se lee bien…',
    checking: 'Comprobando la copia…',
    restoring: 'Restaurando…',
    done: 'Hecho.',
    failed: 'Detenido.',
  },
  progressLabel: { backup: 'Progreso de la copia', restore: 'Progreso de la restauración' },
  keepOpen: 'Deje la memoria conectada y esta ventana abierta hasta que termine.',
  age: {
    never: 'Todavía no se ha hecho ninguna copia desde este ordenador.',
    today: 'Última copia comprobada: hoy. {{details}}',
    daysAgo_one: 'Última copia comprobada: ayer. {{details}}',
    daysAgo_other: 'Última copia comprobada: hace {{count}} días. {{details}}',
    daysAgo_many: 'Última copia comprobada: hace {{count}} días. {{details}}',
    nag_one:
      'Haga una copia al menos una vez al día, para perder poco si el ordenador se rompe o lo roban.',
    nag_many:
      'Haga una copia al menos cada {{count, number}} días, para perder poco si el ordenador se rompe o lo roban.',
    nag_other:
      'Haga una copia al menos cada {{count, number}} días, para perder poco si el ordenador se rompe o lo roban.',
  },
  restoreHeading: 'Restaurar',
  restoreIntro:
    'Recupere los datos de un archivo de copia. Los datos actuales de este ordenador se guardan antes como copia de resguardo.',
  restoreLink: 'Restaurar desde una copia…',
  settingsHeading: 'Ajustes de las copias',
  fields: {
    keepCount: 'Copias que se conservan en cada unidad',
    nagAfterDays: 'Avisar tras estos días sin copia',
  },
  hints: {
    keepCount:
      'Entre {{min}} y {{max}}. Se borran las copias más antiguas de la unidad, nunca la más reciente.',
    nagAfterDays: 'Entre {{min}} y {{max}}.',
  },
  saveSettings: 'Guardar los ajustes de copia',
  picker: {
    folderTitle: 'Elegir una carpeta',
    fileTitle: 'Elegir un archivo de copia',
    current: 'Carpeta actual:',
    pathLabel: 'Ruta de la carpeta',
    go: 'Ir',
    foldersLabel: 'Carpetas y archivos',
    up: '↑ Subir una carpeta',
    noFolders: 'No hay carpetas aquí.',
    noBackups: 'No hay archivos de copia (.ckbackup) ni carpetas aquí.',
    useThisFolder: 'Usar esta carpeta',
  },
};

export const restore: Catalogue['restore'] = {
  title: 'Restaurar desde una copia',
  intro: 'Elija un archivo de copia, ábralo, compruebe lo que contiene y restáurelo.',
  stepsLabel: 'Pasos',
  stepOf: 'Paso {{number}}: {{name}}',
  steps: { choose: 'elegir el archivo', unlock: 'abrirlo', confirm: 'comprobar y restaurar' },
  chooseHeading: 'Elija el archivo de copia',
  chooseIntro: 'Conecte la unidad con la copia y elija el archivo. Su nombre termina en .ckbackup.',
  chooseFile: 'Elegir archivo…',
  chosenFile: 'Elegido:',
  unlockHeading: 'Abrir la copia',
  unlockIntro:
    'Use el usuario y la contraseña de una persona administradora que fueran válidos cuando se hizo la copia, o la clave de recuperación de entonces.',
  secretKind: 'Abrirla con',
  withPassword: 'La contraseña de una persona administradora',
  withRecoveryKey: 'La clave de recuperación',
  recoveryKey: 'Clave de recuperación',
  recoveryKeyHint: 'Las 32 letras y cifras impresas en la hoja de la clave de recuperación.',
  open: 'Abrir la copia',
  back: 'Atrás',
  confirmHeading: 'Compruebe lo que contiene esta copia',
  preview: {
    createdAt: 'Hecha el',
    contents: 'Contenido',
    size: 'Tamaño',
    deviceLabel: 'Hecha en el ordenador',
    appVersion: 'Versión de Circlekeeper',
  },
  replaceWarning:
    'Restaurar sustituye todos los datos de este ordenador por los de la copia. Los datos actuales se guardan antes como copia de resguardo, que también se puede restaurar. Todo el mundo tendrá que volver a iniciar sesión.',
  newComputerNote:
    'Este ordenador se configurará con los datos de la copia. Después, inicie sesión con una cuenta de la copia.',
  restoreNow: 'Restaurar ahora',
  done: 'La restauración ha funcionado: los datos están como el {{when}}. Vuelva a iniciar sesión.',
  safetyHeading: 'Copias de resguardo',
  safetyIntro: 'Los datos tal como estaban justo antes de cada restauración.',
  safetyNone: 'Todavía no hay copias de resguardo: se hace una antes de cada restauración.',
  safetyMadeAt: 'Guardada el',
  safetyRestore: 'Restaurar esta copia',
  safetyConfirmTitle: '¿Restaurar la copia de resguardo del {{when}}?',
  newComputerTitle: 'Configurar este ordenador desde una copia',
  newComputerIntro:
    'Para un ordenador nuevo que sustituye a otro, o después de perder un ordenador.',
  startFreshInstead: 'Empezar desde cero',
  movingHere: '¿Viene de otro ordenador o sustituye uno perdido?',
  fromBackup: 'Restaurar desde una copia',
};

export const databaseDamaged: Catalogue['databaseDamaged'] = {
  title: 'La base de datos está dañada',
  forAdmin:
    'Circlekeeper revisó su base de datos al iniciar sesión y encontró daños (a menudo por un disco que falla o un corte de luz). No siga introduciendo datos: puede que no se guarden. Restaure la copia de seguridad más reciente y revise después los registros introducidos desde esa copia.',
  forOthers:
    'Circlekeeper revisó su base de datos al iniciar sesión y encontró daños. No siga introduciendo datos: puede que no se guarden. Avise ahora a un administrador.',
};
