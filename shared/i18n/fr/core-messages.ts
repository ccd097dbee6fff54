import type { Catalogue } from '../en';

// French messages of the blocks 'errors', 'validation', 'timeZonePicker', 'externalLink', 'duplicateName', 'passwordRules'. Spread into fr.ts.

export const errors: Catalogue['errors'] = {
  VALIDATION_FAILED: 'Certains champs sont à vérifier.',
  UNKNOWN_METHOD:
    'L’application a demandé une opération qu’elle ne connaît pas. Veuillez redémarrer Circlekeeper.',
  NOT_AUTHENTICATED: 'Veuillez vous connecter.',
  FORBIDDEN: 'Votre compte n’est pas autorisé à faire cela.',
  LOCKED: 'Circlekeeper est verrouillé. Connectez-vous pour continuer.',
  NOT_SET_UP: 'Circlekeeper n’a pas encore été configuré.',
  ALREADY_SET_UP: 'Circlekeeper est déjà configuré sur cet ordinateur.',
  WRONG_CREDENTIALS: 'Le nom d’utilisateur ou le mot de passe est incorrect.',
  TOO_MANY_ATTEMPTS: 'Trop de tentatives erronées. Réessayez dans {{seconds}} secondes.',
  ACCOUNT_DISABLED: 'Ce compte a été désactivé. Adressez-vous à un administrateur.',
  NOT_FOUND: 'Cet enregistrement n’existe plus.',
  CONFLICT: 'Cette modification entre en conflit avec des données existantes.',
  SCHEMA_TOO_NEW:
    'Ces données ont été enregistrées par une version plus récente de Circlekeeper. Installez cette version pour les ouvrir.',
  DATA_DIR_PROBLEM: 'Circlekeeper ne peut pas lire ou écrire dans son dossier de données.',
  KEY_FILE_PROBLEM:
    'Le dossier de données contient la base de données de Circlekeeper, mais son fichier de clés (keyslots.json) est absent, endommagé ou provient d’un autre dossier de données : personne ne peut donc se connecter. Rien n’a été modifié. Remettez en place le keyslots.json de ce dossier à partir d’une copie, ou restaurez une sauvegarde.',
  DATA_DIR_IN_USE:
    'Circlekeeper est déjà ouvert avec ce dossier de données. Passez à cette fenêtre, ou fermez-la d’abord.',
  DATA_DIR_MISSING:
    'Le dossier de données n’existe pas ou est inaccessible. Vérifiez que le disque est branché et que le nom du dossier est correct.',
  DATA_DIR_NOT_A_FOLDER:
    'Le chemin du dossier de données désigne un fichier, pas un dossier. Choisissez plutôt un dossier.',
  DATABASE_CORRUPT:
    'Le fichier de la base de données est endommagé. Plus rien n’y a été écrit. Restaurez la dernière sauvegarde, ou demandez de l’aide avant de modifier quoi que ce soit.',
  DISK_FULL: 'Le disque est plein : rien n’a été enregistré. Libérez de l’espace, puis réessayez.',
  READ_ONLY:
    'Impossible d’écrire dans le dossier de données (il est en lecture seule). Rien n’a été enregistré. Vérifiez les autorisations du dossier ou la protection en écriture du disque.',
  PORT_IN_USE:
    'Un autre programme utilise déjà ce port. Choisissez un autre port, ou ne l’indiquez pas pour en prendre un libre.',
  BACKUP_NOT_A_BACKUP:
    'Ce fichier n’est pas une sauvegarde Circlekeeper. Choisissez un fichier dont le nom se termine par .ckbackup.',
  BACKUP_DAMAGED:
    'Ce fichier de sauvegarde est endommagé ou incomplet (il a peut-être été tronqué quand un disque a été retiré). Rien n’a été modifié. Utilisez une autre sauvegarde.',
  BACKUP_TOO_NEW:
    'Cette sauvegarde a été faite par une version plus récente de Circlekeeper. Rien n’a été modifié. Installez cette version pour la restaurer.',
  BACKUP_VERIFY_FAILED:
    'La sauvegarde a été écrite mais sa relecture a échoué : elle a donc été supprimée. Rien d’autre n’a été modifié. Essayez un autre disque.',
  BACKUP_TARGET_MISSING:
    'Le disque ou le dossier de sauvegarde est introuvable. Vérifiez que la clé USB est branchée, puis réessayez.',
  DUPLICATE_NAME: 'Un autre enregistrement porte déjà ce nom.',
  INTERNAL: 'Un problème est survenu. Rien n’a été modifié. Veuillez réessayer.',
  NETWORK: 'Circlekeeper ne répond pas. Veuillez le redémarrer.',
  STALE_ADDRESS:
    'Cette adresse date d’un démarrage précédent de Circlekeeper, ou elle est incomplète. Ouvrez l’adresse affichée par Circlekeeper à son démarrage, ou redémarrez-le.',
  wrongRecoveryKey:
    'Cette clé de secours n’ouvre pas ces données. Comparez-la avec la feuille imprimée.',
  notAdmin: 'Seul un compte administrateur peut être réinitialisé avec la clé de secours.',
  locationInUse: 'Ce lieu est utilisé par {{count}} groupes. Déplacez-les d’abord.',
  duplicateGroupName: 'Un groupe nommé « {{name}} » existe déjà.',
  duplicateLocationName: 'Un lieu nommé « {{name}} » existe déjà.',
  duplicateTrainingName: 'Une formation nommée « {{name}} » existe déjà.',
  duplicateResourceName: 'Une ressource nommée « {{name}} » figure déjà sur la fiche.',
  eraseNameMismatch: 'Pour confirmer, tapez le nom du bénévole exactement comme affiché.',
  volunteerErased:
    'Les données personnelles de ce bénévole ont été effacées ; la fiche ne peut plus être modifiée.',
  trainingRetired:
    'Cette formation est retirée : rétablissez-la avant d’enregistrer des formations suivies.',
  volunteerInactive:
    'Ce bénévole est inactif. Réactivez-le avant de lui donner une place dans un groupe.',
  facilitatorAlreadyAssigned: 'Ce bénévole anime déjà ce groupe.',
  leadNotReady:
    'Ce bénévole n’est pas prêt à animer en tant que principal. Choisissez coanimateur ou remplaçant, ou indiquez le motif de la dérogation.',
  notYourGroup: 'Vous ne pouvez voir que les groupes que vous animez.',
  duplicateUsername: 'Ce nom d’utilisateur est déjà pris.',
  wrongBackupSecret:
    'Ce mot de passe ou cette clé de secours n’ouvre pas cette sauvegarde. Utilisez un mot de passe administrateur valable au moment de la sauvegarde, ou la clé de secours de l’époque.',
  backupTargetFull:
    'Le disque de sauvegarde est plein : aucune sauvegarde n’a été enregistrée. Libérez de l’espace ou utilisez un autre disque.',
  backupTargetReadOnly:
    'Impossible d’écrire sur le disque de sauvegarde (il est en lecture seule ou protégé en écriture). Aucune sauvegarde n’a été enregistrée. Utilisez un autre disque ou dossier.',
  backupFileMissing:
    'Le fichier de sauvegarde est introuvable. Vérifiez que le disque est branché.',
  notAFolder: 'Ceci n’est pas un dossier que l’on peut ouvrir.',
  safetyCopyMissing: 'Cette copie de sécurité n’existe plus.',
  lastActiveAdmin:
    'C’est le seul administrateur actif. Faites d’abord d’un autre compte un administrateur, pour que quelqu’un puisse encore gérer les comptes et les sauvegardes.',
  userAlreadyActive: 'Ce compte est déjà actif.',
  volunteerNotLinkable:
    'Ce bénévole n’existe plus, ou ses données personnelles ont été effacées. Choisissez un autre bénévole.',
  volunteerAlreadyLinked: 'Ce bénévole est déjà lié à un autre compte.',
  userDisabledNoReset:
    'Ce compte est désactivé. Réactivez-le plutôt : cela définit un nouveau mot de passe.',
  notEncrypted:
    'Le fichier de la base de données n’est pas chiffré. Circlekeeper refuse de l’ouvrir.',
};

export const validation: Catalogue['validation'] = {
  backupFileName: 'Utilisez un nom de fichier qui se termine par .ckbackup, sans barre oblique.',
  absolutePath: 'Indiquez le chemin complet d’un dossier, par exemple /media/usb ou E:\\.',
  required: 'Ce champ est obligatoire.',
  invisibleOnly:
    'Tapez un nom avec des lettres ou des chiffres : des espaces ou des caractères invisibles seuls ne comptent pas.',
  tooShort: 'Utilisez au moins {{minimum}} caractères.',
  tooLong: 'Utilisez au plus {{maximum}} caractères.',
  tooSmall: 'Indiquez {{minimum}} ou plus.',
  tooLarge: 'Indiquez {{maximum}} ou moins.',
  tooMany: 'Choisissez-en au plus {{maximum}}.',
  invalidType: 'Cette valeur est absente ou n’est pas du bon type.',
  invalidChoice: 'Choisissez l’une des options.',
  invalidFormat: 'Ce n’est pas au format attendu.',
  unknownField: 'Ce formulaire contient un champ que l’application ne connaît pas : {{keys}}.',
  invalid: 'Cette valeur n’est pas valide.',
  date: 'Saisissez une date au format AAAA-MM-JJ.',
  time: 'Saisissez une heure au format HH:MM (sur 24 heures).',
  email: 'Saisissez une adresse e-mail comme nom@exemple.org.',
  phone: 'Utilisez uniquement des chiffres, des espaces et les signes +, -, ( et ).',
  url: 'Saisissez une adresse web qui commence par https://',
  timeZone: 'Choisissez un fuseau horaire dans la liste.',
  region: 'Choisissez une région dans la liste.',
  languageCode: 'Utilisez des codes de langue comme fr, en ou ar.',
  rrule: 'Circlekeeper ne comprend pas ce calendrier de réunions.',
  endBeforeStart: 'La date de fin doit être identique ou postérieure à la date de début.',
  periodTooLong:
    'Un rapport couvre trois ans au plus. Choisissez un début plus tardif ou une fin plus précoce.',
  newcomersAboveHeadcount:
    'Le nombre de nouveaux venus ne peut pas dépasser le nombre de participants.',
  rangeTooLong: 'Choisissez une période d’un an au plus.',
  rotaTooLong:
    'Un planning couvre trois mois (92 jours) au plus. Choisissez une période plus courte.',
  onlineNeedsLink:
    'Les groupes en ligne et hybrides ont besoin d’un lien de réunion ou d’un numéro d’appel.',
  crisisLineNeedsPhone:
    'Une ligne d’écoute de crise a besoin d’un numéro de téléphone : il est imprimé pour être appelé.',
  needsLocation: 'Les groupes en présentiel et hybrides ont besoin d’un lieu.',
  username:
    'Utilisez des lettres minuscules, des chiffres, des points, des tirets ou des tirets bas.',
  weakPassword: 'Ce mot de passe ne respecte pas les règles ci-dessous.',
  passwordsDiffer: 'Les deux mots de passe ne sont pas identiques.',
  expiryBeforeCheck:
    'La date d’expiration doit être identique ou postérieure à la date de vérification.',
  endBeforeStartTime: 'L’heure de fin doit être après l’heure de début.',
};

export const timeZonePicker: Catalogue['timeZonePicker'] = {
  thisComputer: 'Cet ordinateur est réglé sur {{zone}}.',
};

export const externalLink: Catalogue['externalLink'] = {
  title: 'Ouvrir ce lien dans votre navigateur web ?',
  open: 'Ouvrir dans le navigateur',
};

export const duplicateName: Catalogue['duplicateName'] = {
  question: 'Enregistrer quand même ? Deux éléments du même nom se confondent facilement.',
  saveAnyway: 'Enregistrer quand même',
  goBack: 'Revenir',
};

export const passwordRules: Catalogue['passwordRules'] = {
  length: 'Au moins 10 caractères',
  notUsername: 'Ne contient pas le nom d’utilisateur',
  notCommon: 'N’est pas un mot de passe courant',
  notRepeated: 'Utilise plus de trois caractères différents',
};
