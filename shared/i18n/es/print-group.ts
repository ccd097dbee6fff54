import type { Catalogue } from '../en';

// Spanish messages of the 'printGroup' block (issue 11). Spread into es.ts.
export const printGroup: Catalogue['printGroup'] = {
  subject: {
    group: 'Grupo',
    choose: 'Elige un grupo',
    withStatus: '{{name}} ({{status}})',
  },
  chooseTitle: 'Elige un grupo',
  chooseText: 'Elige un grupo arriba para ver su página tal como se imprimirá.',
  noGroupsTitle: 'Todavía no hay grupos para imprimir',
  noGroupsText: 'Añade primero un grupo y vuelve después para imprimir sus páginas.',
  notAtStationTitle: 'Este grupo no está en el punto de impresión',
  notAtStationText:
    'Puede que ya no aparezca en la lista pública. Elige otro grupo arriba o pregunta al personal.',
  flyer: {
    fileTitle: 'Cartel de {{name}}',
    kicker: 'Grupo de apoyo · {{focus}}',
    kickerOther: 'Grupo de apoyo',
    facts: {
      whoFor: 'Para quién',
      when: 'Cuándo',
      where: 'Dónde',
      languages: 'Idiomas',
      accessibility: 'Accesibilidad',
      newcomers: 'Personas nuevas',
      contact: 'Contacto',
    },
    starts: 'Empieza el {{date}}.',
    ends: 'Hasta el {{date}}.',
    online: 'En línea',
    alsoOnline: 'También puedes participar en línea.',
    newcomersWelcome: 'Las personas nuevas son bienvenidas. Solo tienes que venir.',
    closed: 'Por ahora este grupo no admite personas nuevas.',
    scanToJoin: 'Escanea para unirte en línea',
    linkOnRequest: 'Para recibir el enlace y unirte en línea, llama al {{phone}}.',
    linkOnRequestNoPhone: 'Pide el enlace para unirte en línea al contacto de abajo.',
    runBy: 'Organiza: {{name}}',
    tabsHint: 'Corta por las líneas discontinuas. Llévate una tira.',
    noPhone:
      'Este cartel no tiene tiras para arrancar: no hay ningún teléfono que poner. Añade un teléfono de contacto público al grupo, o un teléfono de la organización en Ajustes.',
    linkWarning:
      'Este cartel lleva el enlace para unirse a la reunión en línea. Cuélgalo solo donde darías el enlace a cualquiera que lo pida.',
  },
  poster: {
    fileTitle: 'Normas de {{name}}',
    title: 'Nuestras normas',
    thanks: 'Gracias por ayudar a que este grupo sea un lugar seguro para todos.',
    defaultNote:
      'Este grupo todavía no tiene normas propias, así que el cartel muestra las habituales para su tema y su formato. Edita el grupo para adaptarlas.',
    tooLong:
      'Estas normas son demasiado largas para imprimirlas en letra grande en una página, así que salen más pequeñas. Acórtalas en el grupo para que se lean mejor.',
  },
};
