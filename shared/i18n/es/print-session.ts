import type { Catalogue } from '../en';

// Spanish messages of the 'printSession' block (issue 11). Spread into es.ts.
export const printSession: Catalogue['printSession'] = {
  subject: {
    session: 'Reunión',
    choose: 'Elija una reunión',
    chooseTitle: 'Elija una reunión para imprimir',
    chooseText:
      'Elija la reunión arriba. La lista muestra las próximas cuatro semanas; para imprimir para otra reunión, ábrala desde el calendario y use su botón de imprimir.',
  },
  buttons: {
    tonight: 'Imprimir todo para esta reunión',
  },
  header: {
    online: 'En línea',
    onlineToo: '{{place}}, y en línea',
    timeRange: 'de {{start}} a {{end}}',
  },
  signIn: {
    title: 'Hoja de asistencia',
    confidentiality:
      'Lo que se dice aquí, se queda aquí. A quién ve aquí y lo que oye, también se queda aquí.',
    anonymousNote:
      'Escriba solo su nombre de pila o un alias. Esta hoja sirve para contar cuántas personas vinieron; la persona facilitadora la guarda con cuidado.',
    namedNote:
      'Los nombres impresos aquí aceptaron estar en la lista de este grupo. Cualquiera puede pedir a quien facilita que le quite de ella. Si viene por primera vez, basta con un nombre de pila o un alias.',
    columns: {
      number: 'N.º',
      name: 'Nombre de pila o alias',
      here: 'Presente hoy',
      firstTime: '¿Primera vez?',
    },
  },
  plan: {
    title: 'Plan de la sesión',
    forFacilitators: 'Para quien facilita: no repartir.',
    facilitators: 'Facilitan',
    noFacilitators: 'Aún no hay nadie asignado: pregunte a la coordinación.',
    order: 'Orden de la reunión',
    opening: 'Apertura',
    groundRules: 'Normas del grupo',
    groundRulesMore: 'Lea en voz alta el cartel completo de normas.',
    checkIn: 'Ronda de inicio',
    topic: 'Tema',
    topicHint: 'El tema o la lectura de hoy, y una pregunta para empezar:',
    closing: 'Cierre',
    referrals: 'Contactos de derivación',
    crisisLine: 'línea de crisis',
    referralSheet: 'Vea la hoja de recursos para más servicios.',
    noReferrals: 'Vea la hoja de recursos para líneas de crisis y servicios.',
    incident: 'Si algo sale mal',
    incidentSteps: {
      calm: 'Mantenga la calma. La seguridad es lo primero: puede pausar o terminar la reunión.',
      danger: 'Si alguien está en peligro, llame ahora a los servicios de emergencia.',
      crisis:
        'Si alguien está en crisis, quédese con esa persona y llamen juntos a una línea de crisis (vea los contactos de derivación).',
      record:
        'Avise a quien facilita con usted o a la coordinación. Después, regístrelo en Circlekeeper como incidente.',
    },
    afterwards:
      'Después de la reunión: registre en Circlekeeper el número de asistentes, quiénes vinieron por primera vez y sus horas.',
    defaultRules: {
      confidential: 'Lo que se dice aquí, se queda aquí.',
      oneAtATime: 'Habla una persona a la vez.',
      ownExperience: 'Hable desde su propia experiencia.',
      noAdvice: 'No dar consejos si nadie los pide.',
      phones: 'Teléfonos en silencio y guardados.',
    },
  },
};
