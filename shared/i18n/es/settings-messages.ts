import type { Catalogue } from '../en';

// Spanish messages of the blocks 'settings', 'recoveryReminder', 'users', 'passwordSettings', 'recoveryKeySettings'. Spread into es.ts.

export const settings: Catalogue['settings'] = {
  title: 'Ajustes',
  intro: 'Los datos de su organización y cuándo se bloquea Circlekeeper.',
  organisationHeading: 'Organización',
  autoLockHeading: 'Bloqueo automático',
  saveOrganisation: 'Guardar organización',
  saveAutoLock: 'Guardar bloqueo automático',
  sessionHorizonHeading: 'Sesiones por delante',
  saveSessionHorizon: 'Guardar sesiones por delante',
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
    isPublicPrintingOn: 'Ofrecer la impresión pública en la pantalla de inicio de sesión',
    sessionHorizonWeeks: 'Planificar sesiones con estas semanas de antelación',
  },
  hints: {
    idleLockMinutes: 'Entre {{min}} y {{max}}. En un ordenador compartido, mejor poco tiempo.',
    sessionHorizonWeeks:
      'Entre {{min}} y {{max}}. Las sesiones de cada grupo se listan hasta esa fecha, y la lista avanza sola cada día.',
    dateRegion: 'Todas las personas que inicien sesión verán las horas y fechas escritas así.',
    isPublicPrintingOn:
      'Si se desactiva, la lista pública se borra de este ordenador y la pantalla de inicio de sesión deja de ofrecerla.',
  },
  thisComputersRegion: 'La región de este ordenador ({{example}})',
  publicPrintingHeading: 'Impresión pública',
  publicPrintingIntro:
    'Recepción puede imprimir la lista pública de reuniones desde la pantalla de inicio de sesión, sin contraseña. Solo contiene los grupos publicados y los datos de contacto de la organización, nunca nada sobre personas.',
  savePublicPrinting: 'Guardar impresión pública',
};

export const recoveryReminder: Catalogue['recoveryReminder'] = {
  title: 'Compruebe su clave de recuperación',
  text: 'Nadie ha comprobado todavía la copia en papel de la clave de recuperación. Si se pierden todas las contraseñas, es la única forma de volver a entrar en sus datos.',
  action: 'Comprobar la clave de recuperación',
};

export const users: Catalogue['users'] = {
  title: 'Cuentas de usuario',
  intro: 'Quién puede iniciar sesión en Circlekeeper y qué puede hacer cada persona.',
  new: 'Nueva cuenta',
  newTitle: 'Nueva cuenta',
  create: 'Crear cuenta',
  editTitle: 'Editar {{name}}',
  save: 'Guardar cuenta',
  usernameStays:
    'Nombre de usuario: {{username}}. Es lo que esta persona escribe para iniciar sesión, así que no se puede cambiar.',
  tableCaption: 'Cuentas de usuario ({{count}})',
  you: '(usted)',
  active: 'Activa',
  disabled: 'Desactivada',
  noVolunteer: 'Ninguno',
  erasedVolunteer: 'Una persona voluntaria cuyos datos personales se borraron',
  findVolunteer: 'Buscar una persona voluntaria por nombre',
  chooseVolunteer: 'Persona voluntaria',
  moreVolunteers:
    'Coinciden {{count}} personas voluntarias: escriba más del nombre para encontrar la correcta.',
  onlyYouTitle: 'Solo usted tiene una cuenta',
  onlyYouText:
    'Dé a cada coordinador/a y facilitador/a su propia cuenta, para que cada persona inicie sesión con su nombre y vea solo lo que su función permite. Elija «Nueva cuenta» para añadir la primera.',
  columns: { name: 'Nombre', username: 'Usuario', volunteer: 'Voluntario/a' },
  fields: {
    username: 'Nombre de usuario',
    displayName: 'Nombre que se muestra en Circlekeeper',
    role: 'Función',
    volunteer: 'Voluntario/a vinculado/a',
    status: 'Estado',
    password: 'Contraseña',
    confirmPassword: 'Confirme la contraseña',
    newPassword: 'Contraseña nueva',
    confirmNewPassword: 'Confirme la contraseña nueva',
  },
  hints: {
    username:
      'Lo que escribe para iniciar sesión: de 3 a 40 letras minúsculas, números, puntos, guiones o guiones bajos. No se puede cambiar después.',
    displayName: 'Su nombre tal como lo conocen sus colegas.',
    password:
      'Dígale esta contraseña en persona. Podrá cambiarla en Ajustes después de iniciar sesión.',
    volunteer:
      'Para un/a facilitador/a: la persona voluntaria que es, para que Circlekeeper le muestre sus propios grupos.',
    roleChange:
      'Una función nueva se aplica al momento, aunque la persona tenga la sesión iniciada.',
  },
  roleHints: {
    admin:
      'Todo, incluidas las cuentas de usuario, las copias de seguridad y el registro de auditoría.',
    coordinator: 'Grupos, voluntarios, sesiones, informes, incidentes y copias de seguridad.',
    facilitator: 'Las sesiones, la asistencia y las notas de sus propios grupos.',
  },
  edit: 'Editar',
  editNamed: 'Editar {{name}}',
  reset: 'Restablecer contraseña',
  resetNamed: 'Restablecer contraseña de {{name}}',
  resetTitle: 'Restablecer la contraseña de {{name}}',
  resetIntro:
    'Elija una contraseña nueva y dígasela a {{name}} en persona. La contraseña anterior deja de funcionar al momento; nada más cambia.',
  resetSubmit: 'Establecer contraseña nueva',
  passwordReset: 'Se cambió la contraseña de {{name}}. La contraseña anterior ya no funciona.',
  disable: 'Desactivar',
  disableNamed: 'Desactivar {{name}}',
  disableTitle: '¿Desactivar {{name}}?',
  disableText:
    '{{name}} no podrá iniciar sesión. Su contraseña se elimina de este ordenador, así que ya no abre los datos, ni siquiera desde una copia de los archivos. Sus registros y su historial se conservan.',
  disableAgain:
    'Para que vuelva a entrar más adelante, active la cuenta y dele una contraseña nueva.',
  disableSelf: 'Es su propia cuenta: su sesión se cerrará al momento.',
  enable: 'Activar',
  enableNamed: 'Activar {{name}}',
  enableTitle: 'Activar {{name}}',
  enableIntro:
    'La contraseña anterior de {{name}} se eliminó al desactivar la cuenta. Elija una nueva y dígasela en persona.',
  enableSubmit: 'Activar cuenta',
};

export const passwordSettings: Catalogue['passwordSettings'] = {
  heading: 'Su contraseña',
  intro: 'Cambie la contraseña con la que inicia sesión. Escriba primero su contraseña actual.',
  currentPassword: 'Contraseña actual',
  newPassword: 'Contraseña nueva',
  confirmPassword: 'Confirme la contraseña nueva',
  submit: 'Cambiar contraseña',
  changed: 'Se cambió su contraseña. Use la nueva la próxima vez que inicie sesión.',
};

export const recoveryKeySettings: Catalogue['recoveryKeySettings'] = {
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
};
