import type { Catalogue } from '../en';

// Spanish messages of the 'guideTemplates' block (issue 11). Spread into es.ts.
export const guideTemplates: Catalogue['guideTemplates'] = {
  form: {
    label: 'Guía para facilitar',
    hint: 'Palabras de apertura, una pregunta para la ronda de inicio y palabras de cierre, impresas en el plan de la sesión. Déjela vacía para usar la guía por defecto del enfoque del grupo.',
    start: 'Empezar la guía desde la plantilla',
    chooseFocus: 'Elija primero el enfoque del grupo: la plantilla depende de él.',
    replaceTitle: '¿Reemplazar el texto por la plantilla?',
    replaceText:
      'Lo que hay ahora en «{{field}}» se reemplaza por el texto por defecto de este enfoque.',
    replace: 'Reemplazar por la plantilla',
    keep: 'Conservar mi texto',
    empty: 'La guía por defecto de este enfoque',
  },
  sections: {
    opening: 'Apertura',
    checkIn: 'Ronda de inicio',
    closing: 'Cierre',
  },
  opening: {
    welcome:
      'Bienvenidas y bienvenidos, y gracias por venir. Soy una de las personas que facilitan hoy. No somos expertos: estamos aquí para cuidar el tiempo y para que este sea un lugar seguro.',
    confidentiality:
      'Lo que se dice aquí, se queda aquí. No tiene que hablar: escuchar también está bien.',
  },
  focus: {
    addiction_recovery:
      'Este grupo es para quien quiera dejar o reducir el alcohol u otras sustancias, o seguir en recuperación. Sea lo que sea lo que le trajo, es bienvenido.',
    grief:
      'Este grupo es para quien vive la pérdida de alguien cercano. No hay una forma correcta de vivir el duelo, ni un plazo.',
    chronic_illness:
      'Este grupo es para personas que viven con una enfermedad de larga duración. Descanse, levántese o estírese cuando lo necesite.',
    caregivers:
      'Este grupo es para personas que cuidan de otra persona. Durante esta hora, el tiempo es suyo.',
    trauma:
      'Este grupo es para personas que han vivido cosas muy duras. Comparta solo lo que le parezca bien. Puede salir en cualquier momento y nadie le preguntará por qué.',
    mental_health:
      'Este grupo es para quien está pasando por momentos difíciles con su salud mental. No está solo ni sola.',
    parenting:
      'Este grupo es para madres, padres y personas que crían a niños. Nadie aquí es perfecto: aprendemos unos de otros.',
    other: 'Este grupo es un lugar para compartir y escuchar, con personas que entienden.',
  },
  checkIn: {
    addiction_recovery:
      'Díganos su nombre y cómo ha ido su semana. Si quiere, cuente una cosa que le haya ayudado.',
    grief:
      'Díganos su nombre y, si lo desea, el nombre de la persona a quien echa de menos y cómo está hoy.',
    chronic_illness: 'Díganos su nombre y cómo se siente hoy, en el cuerpo y en el ánimo.',
    caregivers:
      'Díganos su nombre y, si lo desea, a quién cuida, y una cosa que haya hecho por usted esta semana.',
    trauma: 'Díganos su nombre y, en una palabra, cómo llega hoy. Siempre puede pasar su turno.',
    mental_health:
      'Díganos su nombre y cómo ha estado desde la última vez. También vale un número del 1 al 10.',
    parenting: 'Díganos su nombre y un momento de esta semana con su hijo o hija, difícil o bueno.',
    other: 'Díganos su nombre y cómo está hoy.',
  },
  closing: {
    thanks:
      'Gracias a todos por lo que han compartido y por escucharse. Por favor, deje aquí lo que ha oído en esta sala.',
    support:
      'Si necesita más apoyo antes de la próxima reunión, la hoja de recursos tiene teléfonos a los que puede llamar, y puede hablar con una persona facilitadora al terminar. Cuídese al volver a casa.',
  },
};
