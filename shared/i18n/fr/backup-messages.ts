import type { Catalogue } from '../en';

// French messages of the blocks 'backup', 'restore', 'databaseDamaged'. Spread into fr.ts.

export const backup: Catalogue['backup'] = {
  title: 'Sauvegarde',
  intro:
    'Copiez tout sur une clé USB. Rangez la clé en lieu sûr, sous clé, loin de cet ordinateur.',
  whereHeading: 'Où l’enregistrer',
  targetLabel: 'Disque ou dossier',
  targetKind: {
    removable: '{{label}} · {{free}} libres',
    lastUsed: '{{label}} (utilisé la dernière fois) · {{free}} libres',
    folder: '{{label}} · {{free}} libres',
  },
  noDrives:
    'Aucune clé USB n’a été trouvée. Branchez-en une et rouvrez cette page, ou choisissez un dossier.',
  chooseFolder: 'Choisir un dossier…',
  backUpNow: 'Sauvegarder maintenant',
  savedAs: 'Enregistrée sous',
  verifiedAt: 'Vérifiée ✓ {{when}}',
  counts: {
    groups_one: '{{count, number}} groupe',
    groups_many: '{{count, number}} de groupes',
    groups_other: '{{count, number}} groupes',
    volunteers_one: '{{count, number}} bénévole',
    volunteers_many: '{{count, number}} de bénévoles',
    volunteers_other: '{{count, number}} bénévoles',
    sessions_one: '{{count, number}} séance',
    sessions_many: '{{count, number}} de séances',
    sessions_other: '{{count, number}} séances',
    locations_one: '{{count, number}} lieu',
    locations_many: '{{count, number}} de lieux',
    locations_other: '{{count, number}} lieux',
  },
  phase: {
    starting: 'Démarrage…',
    snapshot: 'Copie des données…',
    sealing: 'Scellement du fichier de sauvegarde…',
    verifying: 'Vérification de la relecture de la sauvegarde…',
    checking: 'Vérification de la copie…',
    restoring: 'Restauration…',
    done: 'Terminé.',
    failed: 'Interrompu.',
  },
  progressLabel: {
    backup: 'Progression de la sauvegarde',
    restore: 'Progression de la restauration',
  },
  keepOpen: 'Laissez le disque branché et cette fenêtre ouverte jusqu’à la fin.',
  age: {
    never: 'Aucune sauvegarde n’a encore été faite depuis cet ordinateur.',
    today: 'Dernière sauvegarde vérifiée : aujourd’hui. {{details}}',
    daysAgo_one: 'Dernière sauvegarde vérifiée : hier. {{details}}',
    daysAgo_many: 'Dernière sauvegarde vérifiée : il y a {{count}} de jours. {{details}}',
    daysAgo_other: 'Dernière sauvegarde vérifiée : il y a {{count}} jours. {{details}}',
    nag_one:
      'Sauvegardez au moins une fois par jour : un ordinateur en panne ou volé fera alors perdre peu de chose.',
    nag_many:
      'Sauvegardez au moins tous les {{count, number}} jours : un ordinateur en panne ou volé fera alors perdre peu de chose.',
    nag_other:
      'Sauvegardez au moins tous les {{count, number}} jours : un ordinateur en panne ou volé fera alors perdre peu de chose.',
  },
  restoreHeading: 'Restauration',
  restoreIntro:
    'Remettez en place les données d’un fichier de sauvegarde. Les données actuelles de cet ordinateur sont d’abord conservées comme copie de sécurité.',
  restoreLink: 'Restaurer une sauvegarde…',
  settingsHeading: 'Paramètres de sauvegarde',
  fields: {
    keepCount: 'Sauvegardes à conserver sur chaque disque',
    nagAfterDays: 'Rappel après ce nombre de jours sans sauvegarde',
  },
  hints: {
    keepCount:
      'Entre {{min}} et {{max}}. Les sauvegardes plus anciennes du disque sont supprimées, jamais la plus récente.',
    nagAfterDays: 'Entre {{min}} et {{max}}.',
  },
  saveSettings: 'Enregistrer les paramètres de sauvegarde',
  picker: {
    folderTitle: 'Choisir un dossier',
    fileTitle: 'Choisir un fichier de sauvegarde',
    current: 'Dossier actuel :',
    pathLabel: 'Chemin du dossier',
    go: 'Aller',
    foldersLabel: 'Dossiers et fichiers',
    up: '↑ Dossier parent',
    noFolders: 'Il n’y a aucun dossier ici.',
    noBackups: 'Il n’y a ici aucun fichier de sauvegarde (.ckbackup) ni dossier.',
    useThisFolder: 'Utiliser ce dossier',
  },
};

export const restore: Catalogue['restore'] = {
  title: 'Restaurer une sauvegarde',
  intro: 'Choisissez un fichier de sauvegarde, ouvrez-le, vérifiez son contenu, puis restaurez-le.',
  stepsLabel: 'Étapes',
  stepOf: 'Étape {{number}} : {{name}}',
  steps: { choose: 'choisir le fichier', unlock: 'l’ouvrir', confirm: 'vérifier et restaurer' },
  chooseHeading: 'Choisir le fichier de sauvegarde',
  chooseIntro:
    'Branchez le disque qui contient la sauvegarde, puis choisissez le fichier. Son nom se termine par .ckbackup.',
  chooseFile: 'Choisir un fichier…',
  chosenFile: 'Fichier choisi :',
  unlockHeading: 'Ouvrir la sauvegarde',
  unlockIntro:
    'Utilisez le nom d’utilisateur et le mot de passe d’un administrateur valables au moment de la sauvegarde, ou la clé de secours de l’époque.',
  secretKind: 'L’ouvrir avec',
  withPassword: 'Le mot de passe d’un administrateur',
  withRecoveryKey: 'La clé de secours',
  recoveryKey: 'Clé de secours',
  recoveryKeyHint: 'Les 32 lettres et chiffres imprimés sur la feuille de la clé de secours.',
  open: 'Ouvrir la sauvegarde',
  back: 'Retour',
  confirmHeading: 'Vérifier le contenu de cette sauvegarde',
  preview: {
    createdAt: 'Faite le',
    contents: 'Contenu',
    size: 'Taille',
    deviceLabel: 'Faite sur l’ordinateur',
    appVersion: 'Version de Circlekeeper',
  },
  replaceWarning:
    'La restauration remplace toutes les données de cet ordinateur par celles de la sauvegarde. Les données actuelles sont d’abord conservées comme copie de sécurité, qui pourra être restaurée à son tour. Tout le monde devra se reconnecter.',
  newComputerNote:
    'Cet ordinateur sera configuré avec les données de la sauvegarde. Ensuite, connectez-vous avec un compte de la sauvegarde.',
  restoreNow: 'Restaurer maintenant',
  done: 'La restauration a réussi : les données sont maintenant telles qu’elles étaient le {{when}}. Reconnectez-vous.',
  safetyHeading: 'Copies de sécurité',
  safetyIntro: 'Les données telles qu’elles étaient juste avant chaque restauration.',
  safetyNone:
    'Aucune copie de sécurité pour l’instant : une copie est faite avant chaque restauration.',
  safetyMadeAt: 'Conservée le',
  safetyRestore: 'Restaurer cette copie',
  safetyConfirmTitle: 'Restaurer la copie de sécurité conservée le {{when}} ?',
  newComputerTitle: 'Configurer cet ordinateur à partir d’une sauvegarde',
  newComputerIntro:
    'Pour un nouvel ordinateur qui prend la relève d’un ancien, ou après la perte d’un ordinateur.',
  startFreshInstead: 'Partir de zéro',
  movingHere: 'Vous venez d’un autre ordinateur, ou vous remplacez un ordinateur perdu ?',
  fromBackup: 'Restaurer une sauvegarde',
};

export const databaseDamaged: Catalogue['databaseDamaged'] = {
  title: 'La base de données est endommagée',
  forAdmin:
    'Circlekeeper a vérifié sa base de données lors de votre connexion et y a trouvé des dommages (souvent un disque défaillant ou une coupure de courant). Ne continuez pas à saisir des données : elles risquent de ne pas être enregistrées. Restaurez la dernière sauvegarde, puis vérifiez les enregistrements saisis depuis cette sauvegarde.',
  forOthers:
    'Circlekeeper a vérifié sa base de données lors de votre connexion et y a trouvé des dommages. Ne continuez pas à saisir des données : elles risquent de ne pas être enregistrées. Prévenez un administrateur dès maintenant.',
};
