import type { Catalogue } from '../en';

// French messages of the 'printSession' block. Spread into fr.ts.
export const printSession: Catalogue['printSession'] = {
  subject: {
    session: 'Réunion',
    choose: 'Choisir une réunion',
    chooseTitle: 'Choisissez la réunion pour laquelle imprimer',
    chooseText:
      'Choisissez la réunion ci-dessus. La liste montre les quatre prochaines semaines ; pour imprimer pour une autre réunion, ouvrez-la depuis le calendrier et utilisez son bouton d’impression.',
  },
  buttons: {
    tonight: 'Tout imprimer pour cette réunion',
  },
  header: {
    online: 'En ligne',
    onlineToo: '{{place}}, et en ligne',
    timeRange: 'De {{start}} à {{end}}',
  },
  signIn: {
    title: 'Feuille de présence',
    confidentiality:
      'Ce qui se dit ici reste ici. Les personnes que vous voyez ici, et ce que vous entendez, restent ici aussi.',
    anonymousNote:
      'Merci d’écrire seulement un prénom ou un pseudonyme. Cette feuille sert à compter combien de personnes sont venues ; l’animateur la garde en lieu sûr.',
    namedNote:
      'Les personnes dont le nom est imprimé ici ont accepté de figurer sur la liste de ce groupe. Chacun peut demander à un animateur d’en être retiré. Nouveaux venus : un prénom ou un pseudonyme suffit.',
    columns: {
      number: 'N°',
      name: 'Prénom ou pseudonyme',
      here: 'Présent ce soir',
      firstTime: 'Première fois ?',
    },
  },
  plan: {
    title: 'Plan de séance',
    forFacilitators: 'Pour les animateurs : à ne pas distribuer.',
    facilitators: 'Animation',
    noFacilitators: 'Personne n’est encore désigné : demandez au coordinateur.',
    order: 'Déroulement',
    opening: 'Accueil',
    groundRules: 'Règles du groupe',
    groundRulesMore: 'Lisez à voix haute l’affiche complète des règles du groupe.',
    checkIn: 'Tour de table',
    topic: 'Sujet',
    topicHint: 'Le sujet ou la lecture de ce soir, et une question pour l’ouvrir :',
    closing: 'Clôture',
    referrals: 'Contacts d’orientation',
    crisisLine: 'ligne d’écoute',
    referralSheet: 'Voir la fiche des ressources d’orientation pour d’autres services.',
    noReferrals:
      'Voir la fiche des ressources d’orientation pour les lignes d’écoute et les services.',
    incident: 'Si quelque chose se passe mal',
    incidentSteps: {
      calm: 'Restez calme. La sécurité passe en premier : vous pouvez faire une pause ou arrêter la réunion.',
      danger: 'Si quelqu’un est en danger, appelez les secours tout de suite.',
      crisis:
        'Si quelqu’un est en crise, restez avec cette personne et appelez avec elle une ligne d’écoute (voir les contacts d’orientation).',
      record:
        'Prévenez votre coanimateur ou le coordinateur. Ensuite, consignez-le dans Circlekeeper comme incident.',
    },
    afterwards:
      'Après la réunion : consignez dans Circlekeeper le nombre de présents, les nouveaux venus et vos heures.',
    defaultRules: {
      confidential: 'Ce qui se dit ici reste ici.',
      oneAtATime: 'Une personne parle à la fois.',
      ownExperience: 'Parlez de votre propre expérience.',
      noAdvice: 'Pas de conseils, sauf si quelqu’un en demande.',
      phones: 'Téléphones en silencieux et rangés.',
    },
  },
};
