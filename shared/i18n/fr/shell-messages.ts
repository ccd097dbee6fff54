import type { Catalogue } from '../en';

// French messages of the blocks 'app', 'common', 'unsaved', 'nav'. Spread into fr.ts.

export const app: Catalogue['app'] = {
  name: 'Circlekeeper',
  startupProblem: 'Circlekeeper n’a pas pu démarrer',
  staleAddress: 'Ouvrir Circlekeeper à son adresse actuelle',
};

export const common: Catalogue['common'] = {
  loading: 'Chargement…',
  tryAgain: 'Réessayer',
  cancel: 'Annuler',
  continue: 'Continuer',
  choose: 'Choisir…',
  edit: 'Modifier',
  delete: 'Supprimer',
  actions: 'Actions',
  yes: 'Oui',
  no: 'Non',
  notGiven: 'Non renseigné',
  saved: 'Enregistré.',
  passwordRulesTitle: 'Le mot de passe doit respecter ces règles :',
  ruleMet: 'respectée',
  ruleNotMet: 'pas encore respectée',
  wholeNumber: 'Saisissez un nombre entier, par exemple 12.',
  tooManyAttempts:
    'Trop de tentatives erronées d’affilée. Patientez un instant avant de réessayer.',
  retryIn: 'Réessayez dans {{count}} s',
  retryNow: 'Vous pouvez réessayer maintenant.',
  updatingData:
    'Mise à jour des données de votre centre pour cette version. Cela peut prendre une minute ; n’éteignez pas l’ordinateur.',
};

export const unsaved: Catalogue['unsaved'] = {
  title: 'Quitter sans enregistrer ?',
  lost: {
    group: 'Vos modifications de ce groupe seront perdues.',
    location: 'Vos modifications de ce lieu seront perdues.',
    settings: 'Vos modifications de ces paramètres seront perdues.',
    user: 'Vos modifications de ce compte seront perdues.',
    password: 'Les mots de passe que vous avez tapés seront perdus.',
    trainingCompletion: 'La formation que vous enregistriez sera perdue.',
    facilitator: 'L’animateur que vous ajoutiez ne sera pas enregistré.',
    volunteer: 'Vos modifications de ce bénévole seront perdues.',
    training: 'Vos modifications de cette formation seront perdues.',
    closure: 'La fermeture que vous ajoutiez ne sera pas enregistrée.',
    sessionChange: 'Votre modification de cette séance ne sera pas enregistrée.',
    sessionRecord: 'Le compte rendu de cette séance ne sera pas enregistré.',
    participant: 'Les modifications du participant ne seront pas enregistrées.',
    incident: 'L’incident que vous rédigiez ne sera pas envoyé.',
    incidentNote: 'La note que vous rédigiez ne sera pas enregistrée.',
    resource: 'Vos modifications de cette ressource seront perdues.',
  },
  leave: 'Quitter',
  keepEditing: 'Continuer la saisie',
  restored: 'Vos modifications non enregistrées ont été conservées.',
};

export const nav: Catalogue['nav'] = {
  label: 'Menu principal',
  menu: 'Menu',
  skipToMain: 'Aller au contenu principal',
  dashboard: 'Tableau de bord',
  calendar: 'Calendrier',
  groups: 'Groupes',
  locations: 'Lieux',
  volunteers: 'Bénévoles',
  trainings: 'Formations',
  closures: 'Fermetures',
  incidents: 'Incidents',
  hours: 'Heures de bénévolat',
  print: 'Impressions',
  resources: 'Ressources d’orientation',
  settings: 'Paramètres',
  backup: 'Sauvegarde',
  users: 'Comptes utilisateurs',
  audit: 'Journal d’audit',
  signedInAs: 'Connecté en tant que',
  lock: 'Verrouiller',
  signOut: 'Se déconnecter',
};
