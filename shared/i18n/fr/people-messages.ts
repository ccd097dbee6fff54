import type { Catalogue } from '../en';

// French messages of the blocks 'trainings', 'readiness', 'facilitators', 'pager'. Spread into fr.ts.

export const trainings: Catalogue['trainings'] = {
  title: 'Formations',
  intro:
    'Les formations dont vos animateurs ont besoin, leur durée de validité et qui doit les avoir suivies.',
  new: 'Nouvelle formation',
  newTitle: 'Nouvelle formation',
  editTitle: 'Modifier {{name}}',
  editNamed: 'Modifier {{name}}',
  save: 'Enregistrer la formation',
  tableCaption: 'Formations ({{count}})',
  emptyTitle: 'Aucune formation pour l’instant',
  emptyText:
    'Ajoutez les formations dont vos animateurs ont besoin, comme Protection des personnes vulnérables ou Premiers secours. Indiquez leur durée de validité, et si les animateurs principaux ou les coanimateurs doivent les avoir suivies.',
  neverExpires: 'N’expire jamais',
  validForMonths_one: '{{count}} mois',
  validForMonths_many: '{{count}} de mois',
  validForMonths_other: '{{count}} mois',
  inUse: 'En usage',
  retired: 'Retirée',
  retire: 'Retirer',
  restore: 'Rétablir',
  retireNamed: 'Retirer {{name}}',
  restoreNamed: 'Rétablir {{name}}',
  retireTitle: 'Retirer {{name}} ?',
  restoreTitle: 'Rétablir {{name}} ?',
  retireText:
    'Elle ne sera plus proposée pour de nouvelles inscriptions, et aucun bénévole n’en aura besoin pour être prêt. Vous pouvez la rétablir à tout moment.',
  restoreText:
    'Elle sera de nouveau proposée et, si elle est obligatoire, comptera de nouveau pour l’aptitude.',
  completionsKept:
    'Les formations déjà enregistrées ({{count}}) restent sur la fiche de chaque bénévole.',
  fields: {
    name: 'Nom',
    description: 'Description',
    validityMonths: 'Valable pendant (mois)',
    isRequiredForLead: 'Obligatoire pour les animateurs principaux',
    isRequiredForCo: 'Obligatoire pour les coanimateurs',
  },
  hints: {
    name: 'Par exemple : Protection des personnes vulnérables, Premiers secours, Animation tenant compte des traumatismes.',
    description: 'Facultatif. Ce qu’elle couvre, ou qui la dispense.',
    validityMonths:
      'Combien de mois une formation suivie reste valable, par exemple 12 ou 36. Laissez vide si elle n’expire jamais.',
    isRequiredForLead: 'Les animateurs principaux en ont besoin pour être prêts.',
    isRequiredForCo: 'Les coanimateurs et les animateurs principaux en ont besoin pour être prêts.',
  },
  columns: {
    validity: 'Valable pendant',
    requiredForLead: 'Obligatoire (principal)',
    requiredForCo: 'Obligatoire (coanimateur)',
    completions: 'Suivies',
    status: 'Statut',
  },
};

export const readiness: Catalogue['readiness'] = {
  state: { ready: 'Prêt', expiring: 'Expire bientôt', not_ready: 'Pas prêt' },
  status: {
    not_active: 'N’est pas un bénévole actif.',
    erased: 'Données personnelles effacées.',
  },
  backgroundCheck: {
    not_started: 'Vérification des antécédents non commencée.',
    pending: 'Vérification des antécédents toujours en attente.',
    not_cleared: 'Vérification des antécédents non favorable.',
    expired: 'Vérification des antécédents expirée le {{date}}.',
    expiring: 'La vérification des antécédents expire le {{date}}.',
  },
  training: {
    missing: '{{name}} : non suivie.',
    expired: '{{name}} a expiré le {{date}}.',
    expiring: '{{name}} expire le {{date}}.',
  },
};

export const facilitators: Catalogue['facilitators'] = {
  title: 'Animateurs',
  intro: 'Qui anime ce groupe, qui le coanime et qui peut remplacer.',
  contactsIntro: 'Les personnes qui animent ce groupe avec vous.',
  add: 'Ajouter un animateur',
  empty: 'Personne n’anime encore ce groupe. Ajoutez un animateur principal et un coanimateur.',
  emptyContacts: 'Aucun autre animateur n’est encore indiqué pour ce groupe.',
  columns: {
    name: 'Nom',
    phone: 'Téléphone',
    role: 'Rôle',
    readiness: 'Aptitude',
    actions: 'Actions',
  },
  overrideNote: 'Animateur principal bien que pas prêt : {{reason}}',
  addTitle: 'Ajouter un animateur',
  changeTitle: 'Changer le rôle de {{name}}',
  changeRole: 'Changer le rôle',
  changeRoleNamed: 'Changer le rôle de {{name}}',
  remove: 'Retirer',
  removeNamed: 'Retirer {{name}}',
  removeTitle: 'Retirer {{name}} de ce groupe ?',
  removeText: 'Cette personne ne figurera plus parmi les animateurs de ce groupe.',
  fields: {
    volunteer: 'Bénévole',
    role: 'Rôle',
    overrideReason: 'Motif de la dérogation',
  },
  hints: {
    volunteer: 'Tapez une partie d’un nom, d’un téléphone ou d’un e-mail.',
    overrideReason:
      'Pourquoi cette personne devrait animer en tant que principal bien qu’elle ne soit pas prête. Conservé avec l’affectation.',
  },
  noMatches: 'Aucun bénévole actif ne correspond.',
  readinessFor: 'Aptitude pour ce rôle',
  notReadyWarning:
    '{{name}} n’est pas prêt pour ce rôle. Vous pouvez quand même l’ajouter comme coanimateur ou remplaçant ; réglez bientôt ce qui est indiqué.',
  notReadyLead:
    '{{name}} n’est pas prêt à animer en tant que principal. Pour l’y désigner quand même, indiquez le motif de la dérogation.',
  expiringWarning: '{{name}} est prêt, mais quelque chose expire bientôt.',
  addedNotReady: '{{name}} a été ajouté, mais n’est pas encore prêt pour ce rôle.',
  save: 'Enregistrer',
};

export const pager: Catalogue['pager'] = {
  previous: 'Page précédente',
  next: 'Page suivante',
  pageOf: 'Page {{page}} sur {{pages}}',
};
