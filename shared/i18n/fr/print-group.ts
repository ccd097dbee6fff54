import type { Catalogue } from '../en';

// French messages of the 'printGroup' block. Spread into fr.ts.
export const printGroup: Catalogue['printGroup'] = {
  subject: {
    group: 'Groupe',
    choose: 'Choisir un groupe',
    withStatus: '{{name}} ({{status}})',
  },
  chooseTitle: 'Choisissez un groupe',
  chooseText: 'Choisissez un groupe ci-dessus pour voir sa page telle qu’elle sera imprimée.',
  noGroupsTitle: 'Aucun groupe à imprimer pour l’instant',
  noGroupsText: 'Ajoutez d’abord un groupe, puis revenez imprimer ses pages.',
  notAtStationTitle: 'Ce groupe n’est pas disponible au poste d’impression',
  notAtStationText:
    'Il n’est peut-être plus affiché publiquement. Choisissez un autre groupe ci-dessus, ou demandez à un membre du personnel.',
  flyer: {
    fileTitle: 'Affichette {{name}}',
    kicker: 'Groupe de soutien · {{focus}}',
    kickerOther: 'Groupe de soutien',
    facts: {
      whoFor: 'Pour qui',
      when: 'Quand',
      where: 'Où',
      languages: 'Langues',
      accessibility: 'Accessibilité',
      newcomers: 'Nouveaux venus',
      contact: 'Contact',
    },
    starts: 'À partir du {{date}}.',
    ends: 'Jusqu’au {{date}}.',
    online: 'En ligne',
    alsoOnline: 'Vous pouvez aussi participer en ligne.',
    newcomersWelcome: 'Les nouveaux membres sont les bienvenus. Venez, tout simplement.',
    closed: 'Ce groupe n’accueille pas de nouveaux membres pour le moment.',
    scanToJoin: 'Scannez pour participer en ligne',
    linkOnRequest: 'Pour obtenir le lien de participation en ligne, appelez le {{phone}}.',
    linkOnRequestNoPhone:
      'Demandez le lien de participation en ligne au contact indiqué ci-dessous.',
    runBy: 'Proposé par {{name}}',
    tabsHint: 'Découpez le long des pointillés. Prenez une languette.',
    noPhone:
      'Cette affichette n’a pas de languettes détachables : aucun numéro de téléphone à y mettre. Ajoutez un téléphone de contact public au groupe, ou un numéro de téléphone de l’organisation dans les Paramètres.',
    linkWarning:
      'Cette affichette porte le lien pour participer à la réunion en ligne. Ne l’affichez que là où vous donneriez ce lien à quiconque le demande.',
  },
  poster: {
    fileTitle: 'Règles du groupe {{name}}',
    title: 'Nos règles de groupe',
    thanks: 'Merci de nous aider à faire de ce groupe un lieu sûr pour chacun.',
    defaultNote:
      'Ce groupe n’a pas encore ses propres règles : l’affiche montre donc les règles habituelles pour son thème et son format. Modifiez le groupe pour les adapter.',
    tooLong:
      'Ces règles sont trop longues pour tenir en gros caractères sur une page : elles sont donc imprimées plus petit. Raccourcissez-les dans le groupe pour les rendre plus lisibles.',
  },
};
