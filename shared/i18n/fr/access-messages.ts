import type { Catalogue } from '../en';

// French messages of the blocks 'notFound', 'notAllowed', 'setup', 'recoveryKey', 'recoverySheet', 'login', 'publicPrinting', 'lock', 'keyFileProblem', 'recover'. Spread into fr.ts.

export const notFound: Catalogue['notFound'] = {
  title: 'Page introuvable',
  intro: 'Cette page n’existe pas, ou elle a été déplacée.',
  backToDashboard: 'Aller au tableau de bord',
};

export const notAllowed: Catalogue['notAllowed'] = {
  title: 'Accès non autorisé',
  intro: 'Cette page n’est pas accessible à votre compte.',
  account:
    'Votre compte est un compte {{role}}. Il ne peut ouvrir que les écrans de ce rôle : un compte animateur voit les groupes qu’il anime.',
  whatToDo: 'Si vous avez besoin de cette page, adressez-vous à un administrateur.',
  backToDashboard: 'Aller au tableau de bord',
};

export const setup: Catalogue['setup'] = {
  title: 'Bienvenue dans Circlekeeper',
  intro:
    'Quelques informations pour commencer. Tout ce que vous saisissez reste sur cet ordinateur, chiffré.',
  organisationSection: 'Votre organisation',
  organisationName: 'Nom de l’organisation',
  timeZone: 'Fuseau horaire',
  timeZoneHint: 'Les horaires des réunions sont exprimés dans ce fuseau horaire.',
  language: 'Langue',
  languageHint: 'Utilisée pour les documents imprimés. Chacun peut toujours choisir la sienne.',
  adminSection: 'Premier compte administrateur',
  adminIntro:
    'Cette personne peut tout faire, y compris ajouter des comptes pour les autres membres du personnel et les bénévoles.',
  username: 'Nom d’utilisateur',
  usernameHint: 'Lettres minuscules et chiffres, par exemple marie.dupont',
  displayName: 'Nom affiché',
  displayNameHint: 'Le nom que les autres voient, par exemple Marie Dupont',
  password: 'Mot de passe',
  confirmPassword: 'Confirmer le mot de passe',
  submit: 'Configurer Circlekeeper',
};

export const recoveryKey: Catalogue['recoveryKey'] = {
  title: 'Votre clé de secours',
  intro: 'Imprimez cette clé ou notez-la maintenant, avant de continuer.',
  whatItDoes: 'Cette clé ouvre vos données si tous les mots de passe sont perdus ou oubliés.',
  keepItSafe: 'Conservez-la sur papier, en lieu sûr et sous clé, loin de cet ordinateur.',
  shownOnce: 'Elle n’est affichée que cette fois-ci. Circlekeeper ne pourra plus l’afficher.',
  pdfNote:
    'Enregistrez le PDF uniquement sur une clé USB que vous gardez sous clé, jamais sur cet ordinateur.',
  confirm: 'J’ai imprimé ou noté cette clé',
  checkTitle: 'Vérifiez votre copie de la clé',
  checkIntro:
    'Tapez la clé à partir de votre copie papier, sans regarder l’écran. Cela prouve que la copie est complète et exacte avant que vous en ayez besoin.',
  checkField: 'Clé de secours de votre copie papier',
  checkSubmit: 'Vérifier la clé',
  showAgain: 'Afficher la clé à nouveau',
  checkLater: 'Vérifier plus tard',
  confirmed: 'La clé de secours est confirmée : votre copie papier ouvre ces données.',
};

export const recoverySheet: Catalogue['recoverySheet'] = {
  title: 'Feuille de secours Circlekeeper',
  organisation: 'Organisation',
  date: 'Date',
  administrator: 'Nom d’utilisateur de l’administrateur',
  keyLabel: 'Clé de secours',
  keepSafe: 'Conservez-la en lieu sûr, pas avec l’ordinateur.',
  instructionsTitle: 'Comment utiliser cette clé',
  step1:
    'Conservez cette feuille en lieu sûr et sous clé. Quiconque possède cette clé et l’ordinateur peut ouvrir toutes les données.',
  step2:
    'Si tous les mots de passe sont perdus, ouvrez Circlekeeper et choisissez « Mot de passe oublié ? Utiliser la clé de secours ».',
  step3:
    'Tapez la clé telle qu’elle est imprimée (les espaces, tirets et majuscules n’ont pas d’importance), le nom d’utilisateur de l’administrateur et un nouveau mot de passe.',
  step4: 'Ne gardez aucune copie de cette clé sur l’ordinateur, et ne l’envoyez jamais par e-mail.',
};

export const login: Catalogue['login'] = {
  title: 'Connexion',
  intro: 'Connectez-vous avec votre compte Circlekeeper.',
  username: 'Nom d’utilisateur',
  password: 'Mot de passe',
  submit: 'Se connecter',
  forgotPassword: 'Mot de passe oublié ? Utiliser la clé de secours',
  publicPrinting:
    'Impression publique : prospectus, liste des réunions et calendrier, sans mot de passe',
};

export const publicPrinting: Catalogue['publicPrinting'] = {
  title: 'Impression publique',
  intro:
    'Imprimez ce que l’accueil distribue : prospectus des groupes, liste des réunions, calendrier du mois et fiche d’orientation. Rien de confidentiel n’est affiché ici.',
  choose: 'Que souhaitez-vous imprimer ?',
  backToSignIn: 'Retour à la connexion',
  offTitle: 'L’impression publique est désactivée',
  offText: 'Un administrateur peut l’activer dans Paramètres, sous Impression publique.',
  unreadableTitle: 'La liste publique ne peut pas être lue',
  unreadableText:
    'Demandez à un membre du personnel de se connecter : la connexion réécrit la liste.',
  emptyTitle: 'Aucun groupe n’est encore affiché publiquement',
  emptyText:
    'Un coordinateur peut cocher « Afficher ce groupe publiquement » dans l’écran de modification d’un groupe ; il apparaît alors ici.',
};

export const lock: Catalogue['lock'] = {
  title: 'Circlekeeper est verrouillé',
  intro:
    'Verrouillé par {{username}}. Tapez votre mot de passe pour reprendre là où vous en étiez.',
  password: 'Mot de passe',
  submit: 'Déverrouiller',
  someoneElse: 'Se connecter avec un autre compte',
};

export const keyFileProblem: Catalogue['keyFileProblem'] = {
  title: 'Le fichier de clés est absent ou endommagé',
  intro:
    'Le dossier de données Circlekeeper de cet ordinateur contient la base de données, mais son fichier de clés (keyslots.json) est absent, endommagé ou appartient à un autre dossier de données. Sans lui, personne ne peut se connecter, et Circlekeeper ne refera pas de configuration par-dessus vos données.',
  nothingChanged:
    'Rien n’a été modifié ni supprimé. Vos enregistrements sont toujours dans la base de données.',
  whatToDo: 'Que faire',
  putBack:
    'Si vous avez une copie de keyslots.json (sur une clé USB ou dans une copie du dossier de données), remettez-la dans le dossier de données, puis cliquez sur Vérifier à nouveau.',
  restore:
    'Si vous n’avez pas de copie, restaurez la dernière sauvegarde Circlekeeper avec la clé de secours ou un mot de passe administrateur.',
  askForHelp:
    'Vous avez un doute ? Demandez à la personne qui s’occupe de cet ordinateur avant de modifier quoi que ce soit dans le dossier de données.',
  checkAgain: 'Vérifier à nouveau',
};

export const recover: Catalogue['recover'] = {
  title: 'Utiliser la clé de secours',
  intro:
    'Tapez la clé de la feuille de secours imprimée et choisissez un nouveau mot de passe pour un compte administrateur.',
  recoveryKey: 'Clé de secours',
  recoveryKeyHint: 'Les espaces, tirets et majuscules n’ont pas d’importance.',
  username: 'Nom d’utilisateur de l’administrateur',
  newPassword: 'Nouveau mot de passe',
  confirmPassword: 'Confirmer le nouveau mot de passe',
  submit: 'Définir le nouveau mot de passe et se connecter',
  backToSignIn: 'Retour à la connexion',
};
