import type { Catalogue } from '../en';

// Spanish messages of the 'print' block (issue 11).
export const print: Catalogue['print'] = {
  centre: {
    title: 'Centro de impresión',
    intro:
      'Todo lo que imprime Circlekeeper. Elija uno para ver la página tal como se imprimirá y luego imprímala o guárdela como PDF.',
    sections: {
      session: 'Para una reunión',
      group: 'Para un grupo',
      public: 'Listas para el público',
      staff: 'Para el personal',
    },
  },
  printables: {
    flyer: {
      title: 'Folleto del grupo',
      description:
        'Un cartel para el tablón de anuncios, con tiras recortables que dan el número de teléfono.',
    },
    'sign-in': {
      title: 'Hoja de asistencia',
      description:
        'Líneas numeradas para nombres de pila o alias, con una declaración de confidencialidad.',
    },
    'ground-rules': {
      title: 'Cartel de normas del grupo',
      description: 'Las normas del grupo en letra grande, para colgar en la sala.',
    },
    'session-plan': {
      title: 'Plan de la sesión',
      description:
        'El plan de quien facilita: apertura, normas, ronda inicial, tema, cierre, contactos de derivación y qué hacer ante un incidente.',
    },
    tonight: {
      title: 'Todo para una reunión',
      description:
        'La hoja de asistencia, el plan de la sesión y las normas de una reunión, impresos juntos.',
    },
    'meeting-list': {
      title: 'Lista semanal de reuniones',
      description: 'Todos los grupos públicos por día de la semana, con una leyenda de formatos.',
    },
    calendar: {
      title: 'Calendario mensual',
      description: 'Las reuniones públicas de un mes, por lugar y tema si lo desea.',
    },
    rota: {
      title: 'Turnos de voluntariado',
      description: 'Quién facilita cada reunión durante un periodo. Solo para el personal.',
    },
    contacts: {
      title: 'Hoja de contactos del voluntariado',
      description:
        'Cómo localizar a las personas voluntarias de los turnos de un periodo. Solo para el personal: guárdela bajo llave.',
    },
    resources: {
      title: 'Hoja de recursos de derivación',
      description: 'Líneas de crisis y otros servicios a los que derivar cuando un grupo no basta.',
    },
    'funder-report': {
      title: 'Informe para financiadores',
      description:
        'Reuniones celebradas y canceladas, asistencia, personas nuevas y horas de voluntariado de un periodo, con gráficos.',
    },
  },
  options: {
    paper: 'Papel',
    language: 'Idioma de la impresión',
    large: 'Letra grande',
  },
  subject: {
    from: 'Desde',
    to: 'Hasta',
  },
  actions: {
    print: 'Imprimir',
    savePdf: 'Guardar como PDF',
    savePdfHintBrowser:
      'Guardar como PDF abre la ventana de impresión: elija «Guardar como PDF» como impresora.',
    savePdfHintDesktop: 'Guardar como PDF pregunta dónde guardar el archivo.',
    saved: 'El PDF está guardado.',
    failed:
      'No se pudo guardar el PDF. No se escribió nada. Inténtelo de nuevo o elija otra carpeta.',
  },
  preview: 'Vista previa',
  backToCentre: 'Volver al centro de impresión',
  backToStation: 'Volver al puesto de impresión',
  notPublicTitle: 'No disponible en el puesto de impresión',
  notPublicText:
    'El puesto de impresión solo imprime materiales públicos. Inicie sesión para imprimir esto o elija otra impresión.',
};
