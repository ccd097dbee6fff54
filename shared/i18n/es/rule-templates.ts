import type { Catalogue } from '../en';

// Spanish messages of the 'ruleTemplates' block (issue 11). Spread into es.ts.
export const ruleTemplates: Catalogue['ruleTemplates'] = {
  rules: {
    confidentiality: 'A quién ves aquí y lo que oyes aquí, aquí se queda.',
    ownExperience: 'Habla desde tu propia experiencia. Di «yo», no «tú» ni «todo el mundo».',
    noCrossTalk:
      'Habla una persona cada vez. Escuchamos sin interrumpir ni comentar lo que comparten los demás.',
    noAdvice: 'No damos consejos si nadie los pide. Compartimos lo que nos ayudó a nosotros.',
    respect:
      'Trata a todo el mundo con respeto, sean cuales sean su origen, sus creencias o sus decisiones.',
    passAllowed: 'Nunca tienes que hablar. Decir «paso» siempre está bien.',
    phonesAway: 'Móviles en silencio y guardados durante la reunión.',
    comeSober:
      'Por favor, ven sin haber tomado alcohol ni drogas. Si recaes, siempre serás bienvenido de nuevo.',
    noUsingStories:
      'Habla de tu recuperación sin relatos detallados de consumo: pueden ser duros de escuchar para otros.',
    noComparingLosses: 'Cada pérdida es distinta. No comparamos ni medimos el duelo de los demás.',
    feelingsWelcome: 'Aquí caben las lágrimas, la risa y el silencio.',
    noMedicalAdvice:
      'Compartimos experiencias, no consejos médicos. Habla con tu médico o tu enfermera antes de cambiar un tratamiento.',
    listenToYourBody:
      'Siéntate, ponte de pie, estírate o sal un momento siempre que tu cuerpo lo necesite.',
    allFeelingsAllowed:
      'Aquí se permiten todos los sentimientos, también el cansancio, el enfado y la culpa.',
    privacyOfThoseCaredFor:
      'Protege a las personas que cuidas: no digas su nombre completo ni nada que permita reconocerlas.',
    noGraphicDetail:
      'Comparte solo lo que quieras, sin detalles crudos. A otras personas les puede afectar lo que oyen.',
    stepOutAnyTime:
      'Puedes salir en cualquier momento. Si quieres, una persona facilitadora puede ir a ver cómo estás.',
    noDiagnosing:
      'No diagnosticamos a nadie ni opinamos sobre la medicación o el tratamiento de nadie.',
    noJudgingParents: 'No juzgamos cómo cría cada cual: cada familia es distinta.',
    childrensPrivacy: 'Los nombres y las historias de los niños y niñas no salen de aquí.',
    waitingRoom:
      'Usamos una sala de espera: la persona anfitriona deja entrar a la gente y comprueba que viene a este grupo.',
    noRecording: 'Nadie graba, fotografía ni hace capturas de la reunión ni del chat.',
    privatePlace:
      'Conéctate desde un lugar privado, o usa auriculares, para que nadie más vea ni oiga la reunión. La cámara es bienvenida, pero no obligatoria.',
    disruptionRemoval:
      'Si alguien interrumpe la reunión, la persona anfitriona le recuerda estas normas una vez. Si sigue, la saca de la llamada.',
    harmfulContent:
      'Los mensajes o imágenes hirientes, sexuales o violentos se borran enseguida y quien los envió sale de la llamada. Si ves algo, díselo en privado a la persona anfitriona.',
    includeOnline:
      'En la sala, habla hacia el micrófono para que quienes están en la llamada oigan y participen.',
    crisis:
      'Si estás en crisis, o te preocupa la seguridad de alguien, díselo a una persona facilitadora. La hoja de recursos tiene líneas de crisis a las que puedes llamar.',
  },
  form: {
    fill: 'Empezar las normas desde la plantilla',
    fillHint:
      'Rellena las normas habituales para este tema y este formato. Cámbialas como el grupo quiera.',
    replaceTitle: '¿Sustituir estas normas?',
    replaceText:
      'Las normas que ya están escritas aquí se sustituirán por la plantilla. No se guarda nada hasta que guardes el grupo.',
    replace: 'Sustituir por la plantilla',
  },
};
