import type { Catalogue } from '../en';

// French messages of the blocks 'settings', 'recoveryReminder', 'users', 'passwordSettings', 'recoveryKeySettings'. Spread into fr.ts.

export const settings: Catalogue['settings'] = {
  title: 'Paramètres',
  intro: 'Les informations de votre organisation, et quand Circlekeeper se verrouille.',
  organisationHeading: 'Organisation',
  autoLockHeading: 'Verrouillage automatique',
  saveOrganisation: 'Enregistrer l’organisation',
  saveAutoLock: 'Enregistrer le verrouillage automatique',
  sessionHorizonHeading: 'Séances à venir',
  saveSessionHorizon: 'Enregistrer les séances à venir',
  autoLockReadOnly:
    'Circlekeeper se verrouille après {{minutes}} minutes sans utilisation. Un administrateur peut modifier ce délai.',
  fields: {
    name: 'Nom de l’organisation',
    address: 'Adresse',
    phone: 'Téléphone',
    email: 'E-mail',
    timeZone: 'Fuseau horaire',
    defaultLanguage: 'Langue par défaut',
    paperSize: 'Format du papier',
    dateRegion: 'Région pour les dates et heures',
    idleLockMinutes: 'Verrouiller après ce nombre de minutes sans utilisation',
    isPublicPrintingOn: 'Proposer l’impression publique sur l’écran de connexion',
    sessionHorizonWeeks: 'Planifier les séances ce nombre de semaines à l’avance',
  },
  hints: {
    idleLockMinutes: 'Entre {{min}} et {{max}}. Sur un ordinateur partagé, verrouillez plus tôt.',
    sessionHorizonWeeks:
      'Entre {{min}} et {{max}}. Les séances de chaque groupe sont listées jusqu’à cette échéance, et la liste avance d’elle-même chaque jour.',
    dateRegion: 'Toute personne connectée voit les heures et les dates écrites de cette façon.',
    isPublicPrintingOn:
      'Quand cette option est désactivée, la liste publique est supprimée de cet ordinateur et l’écran de connexion ne la propose plus.',
  },
  thisComputersRegion: 'La région de cet ordinateur ({{example}})',
  publicPrintingHeading: 'Impression publique',
  publicPrintingIntro:
    'L’accueil peut imprimer la liste publique des réunions depuis l’écran de connexion, sans mot de passe. Elle ne contient que les groupes affichés publiquement et les coordonnées de l’organisation, jamais rien sur les personnes.',
  savePublicPrinting: 'Enregistrer l’impression publique',
};

export const recoveryReminder: Catalogue['recoveryReminder'] = {
  title: 'Vérifiez votre clé de secours',
  text: 'Personne n’a encore vérifié la copie papier de la clé de secours. Si tous les mots de passe sont perdus, c’est le seul moyen de retrouver vos données.',
  action: 'Vérifier la clé de secours',
};

export const users: Catalogue['users'] = {
  title: 'Comptes utilisateurs',
  intro: 'Qui peut se connecter à Circlekeeper, et ce que chacun peut faire.',
  new: 'Nouveau compte',
  newTitle: 'Nouveau compte',
  create: 'Créer le compte',
  editTitle: 'Modifier {{name}}',
  save: 'Enregistrer le compte',
  usernameStays:
    'Nom d’utilisateur : {{username}}. C’est ce que cette personne tape pour se connecter : il ne peut donc pas être modifié.',
  tableCaption: 'Comptes utilisateurs ({{count}})',
  you: '(vous)',
  active: 'Actif',
  disabled: 'Désactivé',
  noVolunteer: 'Aucun',
  erasedVolunteer: 'Un bénévole dont les données personnelles ont été effacées',
  findVolunteer: 'Trouver un bénévole par son nom',
  chooseVolunteer: 'Bénévole',
  moreVolunteers:
    '{{count}} bénévoles correspondent : tapez davantage du nom pour trouver la bonne personne.',
  onlyYouTitle: 'Vous êtes seul à avoir un compte',
  onlyYouText:
    'Donnez à chaque coordinateur et à chaque animateur son propre compte, pour que chacun se connecte en son nom et ne voie que ce que son rôle permet. Choisissez « Nouveau compte » pour ajouter le premier.',
  columns: { name: 'Nom', username: 'Nom d’utilisateur', volunteer: 'Bénévole' },
  fields: {
    username: 'Nom d’utilisateur',
    displayName: 'Nom affiché dans Circlekeeper',
    role: 'Rôle',
    volunteer: 'Bénévole lié',
    status: 'Statut',
    password: 'Mot de passe',
    confirmPassword: 'Confirmer le mot de passe',
    newPassword: 'Nouveau mot de passe',
    confirmNewPassword: 'Confirmer le nouveau mot de passe',
  },
  hints: {
    username:
      'Ce que la personne tape pour se connecter : de 3 à 40 lettres minuscules, chiffres, points, tirets ou tirets bas. Il ne pourra plus être modifié.',
    displayName: 'Son nom tel que ses collègues le connaissent.',
    password:
      'Communiquez ce mot de passe en personne. La personne pourra le changer dans Paramètres après s’être connectée.',
    roleChange: 'Un nouveau rôle s’applique immédiatement, même si la personne est connectée.',
    volunteer:
      'Pour un animateur : le bénévole que cette personne est, pour que Circlekeeper lui montre ses propres groupes.',
  },
  roleHints: {
    admin: 'Tout, y compris les comptes utilisateurs, les sauvegardes et le journal d’audit.',
    coordinator: 'Groupes, bénévoles, séances, rapports, incidents et sauvegardes.',
    facilitator: 'Les séances, la participation et les notes de ses propres groupes.',
  },
  edit: 'Modifier',
  editNamed: 'Modifier {{name}}',
  reset: 'Réinitialiser le mot de passe',
  resetNamed: 'Réinitialiser le mot de passe de {{name}}',
  resetTitle: 'Réinitialiser le mot de passe de {{name}}',
  resetIntro:
    'Choisissez un nouveau mot de passe et communiquez-le à {{name}} en personne. L’ancien mot de passe cesse aussitôt de fonctionner ; rien d’autre ne change.',
  resetSubmit: 'Définir le nouveau mot de passe',
  passwordReset:
    'Le mot de passe de {{name}} a été changé. L’ancien mot de passe ne fonctionne plus.',
  disable: 'Désactiver',
  disableNamed: 'Désactiver {{name}}',
  disableTitle: 'Désactiver {{name}} ?',
  disableText:
    '{{name}} ne pourra plus se connecter. Son mot de passe est retiré de cet ordinateur : il n’ouvre plus les données, pas même à partir d’une copie des fichiers. Ses enregistrements et son historique restent.',
  disableAgain:
    'Pour lui redonner accès plus tard, réactivez le compte et donnez-lui un nouveau mot de passe.',
  disableSelf: 'C’est votre propre compte : vous serez déconnecté immédiatement.',
  enable: 'Réactiver',
  enableNamed: 'Réactiver {{name}}',
  enableTitle: 'Réactiver {{name}}',
  enableIntro:
    'L’ancien mot de passe de {{name}} a été retiré à la désactivation du compte. Choisissez-en un nouveau et communiquez-le en personne.',
  enableSubmit: 'Réactiver le compte',
};

export const passwordSettings: Catalogue['passwordSettings'] = {
  heading: 'Votre mot de passe',
  intro:
    'Changez le mot de passe avec lequel vous vous connectez. Tapez d’abord votre mot de passe actuel.',
  currentPassword: 'Mot de passe actuel',
  newPassword: 'Nouveau mot de passe',
  confirmPassword: 'Confirmer le nouveau mot de passe',
  submit: 'Changer le mot de passe',
  changed: 'Votre mot de passe a été changé. Utilisez le nouveau à votre prochaine connexion.',
};

export const recoveryKeySettings: Catalogue['recoveryKeySettings'] = {
  heading: 'Clé de secours',
  confirmed:
    'La copie papier de la clé de secours a été vérifiée. Conservez-la en lieu sûr et sous clé, loin de cet ordinateur.',
  unconfirmed: 'La clé de secours n’a pas encore été vérifiée.',
  newHeading: 'Créer une nouvelle clé de secours',
  newIntro:
    'Faites-le si la copie papier est perdue, ou si quelqu’un qui ne devrait pas l’avoir a pu la voir. L’ancienne clé cesse aussitôt de fonctionner : détruisez l’ancienne copie papier.',
  currentPassword: 'Votre mot de passe actuel',
  newSubmit: 'Créer une nouvelle clé de secours',
  newMade: 'Une nouvelle clé de secours a été créée. L’ancienne clé ne fonctionne plus.',
};
