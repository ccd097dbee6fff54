import type { Catalogue } from '../en';

// French messages of the 'print' block. Spread into fr.ts.
export const print: Catalogue['print'] = {
  centre: {
    title: 'Centre d’impression',
    intro:
      'Tout ce que Circlekeeper imprime. Choisissez un document pour voir la page telle qu’elle sera imprimée, puis imprimez-la ou enregistrez-la en PDF.',
    sections: {
      session: 'Pour une réunion',
      group: 'Pour un groupe',
      public: 'Listes pour le public',
      staff: 'Pour le personnel',
    },
  },
  printables: {
    flyer: {
      title: 'Affichette du groupe',
      description:
        'Une affiche pour un panneau d’affichage, avec des languettes détachables portant le numéro de téléphone.',
    },
    'sign-in': {
      title: 'Feuille de présence',
      description:
        'Des lignes numérotées pour des prénoms ou des pseudonymes, avec un rappel de confidentialité.',
    },
    'ground-rules': {
      title: 'Affiche des règles du groupe',
      description: 'Les règles du groupe en gros caractères, à afficher dans la salle.',
    },
    'session-plan': {
      title: 'Plan de séance',
      description:
        'Le plan de l’animateur : accueil, règles du groupe, tour de table, sujet, clôture, contacts d’orientation et conduite à tenir en cas d’incident.',
    },
    tonight: {
      title: 'Tout pour une réunion',
      description:
        'La feuille de présence, le plan de séance et les règles du groupe pour une réunion, imprimés ensemble.',
    },
    'meeting-list': {
      title: 'Liste hebdomadaire des réunions',
      description: 'Tous les groupes publics par jour de la semaine, avec une légende des formats.',
    },
    calendar: {
      title: 'Calendrier mensuel',
      description: 'Les réunions publiques d’un mois, par lieu et par thème si vous le souhaitez.',
    },
    rota: {
      title: 'Planning des bénévoles',
      description: 'Qui anime quelle réunion sur une période. Réservé au personnel.',
    },
    contacts: {
      title: 'Fiche de contacts des bénévoles',
      description:
        'Comment joindre les bénévoles du planning d’une période. Réservé au personnel : à garder sous clé.',
    },
    resources: {
      title: 'Fiche des ressources d’orientation',
      description: 'Lignes d’écoute et autres services à indiquer quand un groupe ne suffit pas.',
    },
    'funder-report': {
      title: 'Rapport pour les financeurs',
      description:
        'Réunions tenues et annulées, présences, nouveaux venus et heures de bénévolat sur une période, avec des graphiques.',
    },
  },
  options: {
    paper: 'Papier',
    language: 'Langue du document imprimé',
    large: 'Gros caractères',
  },
  subject: {
    from: 'Du',
    to: 'Au',
  },
  actions: {
    print: 'Imprimer',
    savePdf: 'Enregistrer en PDF',
    savePdfHintBrowser:
      'Enregistrer en PDF ouvre la fenêtre d’impression : choisissez « Enregistrer au format PDF » comme imprimante.',
    savePdfHintDesktop: 'Enregistrer en PDF vous demande où enregistrer le fichier.',
    saved: 'Le PDF est enregistré.',
    failed:
      'Le PDF n’a pas pu être enregistré. Rien n’a été écrit. Réessayez, ou choisissez un autre dossier.',
  },
  preview: 'Aperçu',
  backToCentre: 'Retour au centre d’impression',
  backToStation: 'Retour au poste d’impression',
  notPublicTitle: 'Non disponible au poste d’impression',
  notPublicText:
    'Le poste d’impression n’imprime que les documents publics. Connectez-vous pour imprimer ce document, ou choisissez-en un autre.',
};
