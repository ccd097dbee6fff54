import type { Catalogue } from '../en';

// Spanish messages of the blocks 'app', 'common', 'unsaved', 'nav'. Spread into es.ts.

export const app: Catalogue['app'] = {
  name: 'Circlekeeper',
  startupProblem: 'Circlekeeper no ha podido arrancar',
  staleAddress: 'Abra Circlekeeper en su dirección actual',
};

export const common: Catalogue['common'] = {
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
  updatingData:
    'Actualizando los datos de su centro a esta versión. Puede tardar un minuto; no apague el ordenador.',
};

export const unsaved: Catalogue['unsaved'] = {
  title: '¿Salir sin guardar?',
  lost: {
    group: 'Se perderán los cambios en este grupo.',
    location: 'Se perderán los cambios en este lugar.',
    settings: 'Se perderán los cambios en estos ajustes.',
    user: 'Se perderán los cambios en esta cuenta.',
    password: 'Se perderán las contraseñas que escribió.',
    trainingCompletion: 'Se perderá la formación que estaba registrando.',
    facilitator: 'No se guardará la persona facilitadora que estaba añadiendo.',
    volunteer: 'Se perderán los cambios en esta persona voluntaria.',
    training: 'Se perderán los cambios en esta formación.',
    closure: 'El cierre que estaba añadiendo no se guardará.',
    sessionChange: 'El cambio en esta sesión no se guardará.',
    sessionRecord: 'No se guardará el registro de esta sesión.',
    participant: 'No se guardará el participante que estaba cambiando.',
    incident: 'El incidente que estabas escribiendo no se enviará.',
    incidentNote: 'La nota que estabas escribiendo no se guardará.',
    resource: 'Se perderán los cambios de este recurso.',
  },
  leave: 'Salir',
  keepEditing: 'Seguir editando',
  restored: 'Se conservaron los cambios sin guardar.',
};

export const nav: Catalogue['nav'] = {
  label: 'Menú principal',
  menu: 'Menú',
  skipToMain: 'Saltar al contenido principal',
  dashboard: 'Resumen',
  calendar: 'Calendario',
  groups: 'Grupos',
  locations: 'Lugares',
  volunteers: 'Voluntarios',
  trainings: 'Formaciones',
  closures: 'Cierres',
  incidents: 'Incidentes',
  hours: 'Horas de voluntariado',
  print: 'Centro de impresión',
  resources: 'Recursos de derivación',
  settings: 'Ajustes',
  backup: 'Copias de seguridad',
  users: 'Cuentas de usuario',
  audit: 'Registro de auditoría',
  signedInAs: 'Sesión iniciada como',
  lock: 'Bloquear',
  signOut: 'Cerrar sesión',
};
