import type { Catalogue } from '../en';

// Spanish messages of the blocks 'notFound', 'notAllowed', 'setup', 'recoveryKey', 'recoverySheet', 'login', 'publicPrinting', 'lock', 'keyFileProblem', 'recover'. Spread into es.ts.

export const notFound: Catalogue['notFound'] = {
  title: 'Página no encontrada',
  intro: 'Esta página no existe o se ha movido.',
  backToDashboard: 'Ir al resumen',
};

export const notAllowed: Catalogue['notAllowed'] = {
  title: 'No permitido',
  intro: 'Esta página no está disponible para su cuenta.',
  account:
    'Su cuenta es de tipo {{role}}. Solo puede abrir las pantallas de ese tipo: una cuenta de facilitación ve los grupos que facilita.',
  whatToDo: 'Si necesita esta página, pídalo a una persona administradora.',
  backToDashboard: 'Ir al resumen',
};

export const setup: Catalogue['setup'] = {
  title: 'Le damos la bienvenida a Circlekeeper',
  intro: 'Unos pocos datos para empezar. Todo lo que escriba se queda en este ordenador, cifrado.',
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
};

export const recoveryKey: Catalogue['recoveryKey'] = {
  title: 'Su clave de recuperación',
  intro: 'Imprima esta clave o anótela ahora, antes de continuar.',
  whatItDoes: 'Esta clave abre sus datos si se pierden u olvidan todas las contraseñas.',
  keepItSafe: 'Guárdela en papel, en un lugar seguro y cerrado con llave, lejos de este ordenador.',
  shownOnce: 'Solo se muestra esta vez. Circlekeeper no puede volver a mostrarla.',
  pdfNote: 'Guarde el PDF solo en una memoria USB que tenga bajo llave, nunca en este ordenador.',
  confirm: 'He impreso o anotado esta clave',
  checkTitle: 'Compruebe su copia de la clave',
  checkIntro:
    'Escriba la clave desde su copia en papel, sin mirar la pantalla. Así se comprueba que la copia está completa y es correcta antes de necesitarla.',
  checkField: 'Clave de recuperación de su copia en papel',
  checkSubmit: 'Comprobar la clave',
  showAgain: 'Volver a mostrar la clave',
  checkLater: 'Comprobarla más tarde',
  confirmed: 'La clave de recuperación está confirmada: su copia en papel abre estos datos.',
};

export const recoverySheet: Catalogue['recoverySheet'] = {
  title: 'Hoja de recuperación de Circlekeeper',
  organisation: 'Organización',
  date: 'Fecha',
  administrator: 'Usuario administrador',
  keyLabel: 'Clave de recuperación',
  keepSafe: 'Guárdela en un lugar seguro, lejos del ordenador.',
  instructionsTitle: 'Cómo usar esta clave',
  step1:
    'Guarde esta hoja en un lugar seguro y cerrado con llave. Cualquiera que tenga esta clave y el ordenador puede abrir todos los datos.',
  step2:
    'Si se pierden todas las contraseñas, abra Circlekeeper y elija «¿Ha olvidado su contraseña? Use la clave de recuperación».',
  step3:
    'Escriba la clave tal como está impresa (los espacios, guiones y mayúsculas no importan), el nombre de usuario de administración y una contraseña nueva.',
  step4:
    'No guarde ninguna copia de esta clave en el ordenador y no la envíe nunca por correo electrónico.',
};

export const login: Catalogue['login'] = {
  title: 'Iniciar sesión',
  intro: 'Inicie sesión con su cuenta de Circlekeeper.',
  username: 'Nombre de usuario',
  password: 'Contraseña',
  submit: 'Entrar',
  forgotPassword: '¿Ha olvidado su contraseña? Use la clave de recuperación',
  publicPrinting: 'Impresión pública: carteles, lista de reuniones y calendario, sin contraseña',
};

export const publicPrinting: Catalogue['publicPrinting'] = {
  title: 'Impresión pública',
  intro:
    'Imprima lo que se entrega en recepción: carteles de grupos, la lista de reuniones, el calendario mensual y la hoja de recursos. Aquí no se muestra nada privado.',
  choose: '¿Qué quiere imprimir?',
  backToSignIn: 'Volver al inicio de sesión',
  offTitle: 'La impresión pública está desactivada',
  offText: 'Una persona administradora puede activarla en Ajustes, en Impresión pública.',
  unreadableTitle: 'No se puede leer la lista pública',
  unreadableText:
    'Pida a alguien del personal que inicie sesión: al iniciar sesión se vuelve a escribir la lista.',
  emptyTitle: 'Todavía no hay grupos publicados',
  emptyText:
    'Una persona coordinadora puede marcar «Publicar este grupo» en la pantalla de edición del grupo; entonces aparece aquí.',
};

export const lock: Catalogue['lock'] = {
  title: 'Circlekeeper está bloqueado',
  intro: 'Bloqueado por {{username}}. Escriba su contraseña para seguir donde lo dejó.',
  password: 'Contraseña',
  submit: 'Desbloquear',
  someoneElse: 'Entrar con otra cuenta',
};

export const keyFileProblem: Catalogue['keyFileProblem'] = {
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
};

export const recover: Catalogue['recover'] = {
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
};
