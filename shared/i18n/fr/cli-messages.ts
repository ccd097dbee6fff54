import type { Catalogue } from '../en';

// French messages of the blocks 'cli', 'cliHelp'. Spread into fr.ts.

export const cli: Catalogue['cli'] = {
  usage:
    'Utilisation : circlekeeper <init|serve|demo-data|db-key|audit-verify|backup|verify-backup|restore> [options]',
  passwordPrompt: 'Mot de passe : ',
  recoveryKeyPrompt: 'Clé de secours : ',
  initDone: 'Circlekeeper est configuré dans {{dataDir}}.',
  recoveryKeyLine: 'Recovery key: {{key}}',
  recoveryKeyAdvice:
    'Notez cette clé ou imprimez-la, et conservez-la en lieu sûr. Elle n’est affichée qu’une seule fois.',
  serving: 'Circlekeeper est en marche. Ouvrez cette adresse dans un navigateur :',
  demoDone: 'Données de démonstration ajoutées : {{locations}} lieux et {{groups}} groupes.',
  demoPeopleDone:
    'Ajout de {{volunteers}} bénévoles avec formations, vérifications et rôles d’animation, et des comptes de démonstration {{users}} (même mot de passe que le vôtre).',
  demoSessionsDone:
    'Ajout de {{sessions}} séances passées ({{recorded}} consignées), {{closures}} fermetures, {{participants}} participants inscrits et {{incidents}} incidents signalés par {{facilitators}}.',
  dbKeyWarning:
    'ATTENTION : ceci est la clé brute de la base de données. Quiconque la possède avec le fichier peut lire tous les enregistrements. Ne l’enregistrez pas dans un fichier et ne la partagez pas.',
  unknownCommand: 'Commande inconnue : {{command}}',
  missingOption: 'Option manquante : {{option}}',
  badOption: 'Valeur incorrecte pour {{option}} : {{value}}',
  unknownOption: 'La commande {{command}} n’a pas d’option {{option}}.',
  passwordAgainPrompt: 'Retapez le mot de passe : ',
  passwordsDiffer:
    'Les deux mots de passe ne sont pas identiques. Rien n’a été configuré : relancez la commande.',
  expectedOneOf: 'Utilisez l’une de ces valeurs : {{values}}.',
  expectedPort:
    'Utilisez un numéro de port de 1 à 65535, ou omettez --port pour en prendre un libre.',
  expectedTimeZone:
    'Utilisez un nom de fuseau horaire de la liste IANA, comme Europe/Paris ou America/Montreal.',
  weakPassword: 'Le mot de passe ne respecte pas ces règles :',
  ruleNotMet: 'non respectée',
  demoHasData:
    'Ce dossier de données contient déjà {{locations}} lieux et {{groups}} groupes. Les données de démonstration se mélangeraient aux vrais enregistrements : rien n’a été ajouté. Ajoutez --force pour les ajouter quand même.',
  backupFileArgument: '<fichier> (le fichier de sauvegarde)',
  backupDone: 'Sauvegarde écrite et vérifiée : {{file}} ({{counts}} ; {{size}} octets).',
  backupVerified: 'La sauvegarde est complète et s’ouvre : {{file}}',
  backupDescription:
    'Faite le {{createdAt}} sur {{device}} (Circlekeeper {{version}}) : {{counts}} ; {{size}} octets.',
  restoreDone:
    'Restaurée dans {{dataDir}}. Chacun se reconnecte avec les mots de passe de la sauvegarde.',
  restoreNeedsAdmin:
    'Ce dossier de données contient déjà des données : indiquez --admin avec le nom d’utilisateur d’un administrateur dont le mot de passe ouvre à la fois ces données et la sauvegarde.',
  auditVerified: 'Le journal d’audit est intact : {{count}} entrées.',
  auditBroken: 'Le journal d’audit n’est pas intact ({{checked}} entrées vérifiées).',
};

export const cliHelp: Catalogue['cliHelp'] = {
  usageTitle: 'Utilisation :',
  commandsTitle: 'Commandes :',
  optionsTitle: 'Options :',
  exampleTitle: 'Exemple :',
  more: 'Lancez circlekeeper <commande> --help pour voir ses options et un exemple.',
  values: {
    name: 'nom',
    username: 'utilisateur',
    zone: 'fuseau',
    file: 'fichier',
    folder: 'dossier',
    number: 'nombre',
    options: 'options',
  },
  exampleOrganisation: 'Centre social des Berges',
  commands: {
    init: {
      oneLine: 'Configurer Circlekeeper dans un nouveau dossier de données',
      summary:
        'Configure Circlekeeper dans un nouveau dossier de données vide : l’organisation, son premier administrateur et la clé de secours. Demande le mot de passe deux fois (depuis un tube : les deux premières lignes). Affiche la clé de secours une seule fois : notez-la ou imprimez-la.',
    },
    serve: {
      oneLine: 'Lancer Circlekeeper pour un navigateur web sur cet ordinateur',
      summary:
        'Lance Circlekeeper et affiche une adresse à ouvrir dans un navigateur web sur cet ordinateur. Arrêtez-le avec Ctrl+C. L’adresse change à chaque fois : après un redémarrage, ouvrez la nouvelle.',
    },
    demoData: {
      oneLine: 'Remplir un centre vide de groupes, lieux et bénévoles fictifs',
      summary:
        'Ajoute des lieux, des groupes, des bénévoles avec formations et vérifications, et des animateurs, tous fictifs, pour essayer Circlekeeper (small : 40 bénévoles ; large : 5 000). Ajoute aussi les comptes office-admin (administrateur), coordinator et facilitator (lié à un bénévole qui anime un groupe), avec le mot de passe de l’administrateur qui lance la commande. Demande ce mot de passe. Refuse un dossier de données qui contient déjà des groupes ou des lieux, sauf avec --force.',
    },
    dbKey: {
      oneLine: 'Afficher la clé brute de la base de données (pour sauver les données)',
      summary:
        'Demande la clé de secours et affiche la clé brute de la base de données, pour que les outils SQLCipher puissent ouvrir le fichier (voir docs/SECURITY.md). Quiconque possède cette clé et le fichier peut lire tous les enregistrements.',
    },
    auditVerify: {
      oneLine: 'Vérifier que le journal d’audit n’a pas été falsifié',
      summary:
        'Demande un mot de passe administrateur et vérifie chaque entrée du journal d’audit par rapport à la précédente. Se termine avec le code 0 si le journal est intact ; sinon, indique la première entrée où il est rompu et se termine avec le code 1. La vérification est elle-même consignée.',
    },
    backup: {
      oneLine: 'Écrire une sauvegarde vérifiée sur une clé USB ou dans un dossier',
      summary:
        'Écrit un fichier de sauvegarde chiffré dans le dossier (ou le fichier se terminant par .ckbackup) indiqué avec --to, puis le relit pour le vérifier. Demande le mot de passe d’un administrateur ou d’un coordinateur. Conserve les 10 sauvegardes les plus récentes dans ce dossier.',
    },
    verifyBackup: {
      oneLine: 'Vérifier qu’un fichier de sauvegarde est complet et s’ouvre',
      summary:
        'Vérifie chaque octet d’un fichier de sauvegarde et l’ouvre, sans rien modifier. Demande le mot de passe de l’--admin indiqué, ou sinon la clé de secours, tels qu’ils étaient au moment de la sauvegarde.',
    },
    restore: {
      oneLine: 'Restaurer une sauvegarde dans un dossier de données',
      summary:
        'Restaure un fichier de sauvegarde. Dans un dossier de données vide, configure cet ordinateur à partir de la sauvegarde (demande la clé de secours, ou le mot de passe de l’--admin indiqué). Sur des données existantes, conserve d’abord ces données comme copie de sécurité, et exige --admin.',
    },
  },
  options: {
    org: 'Le nom de l’organisation (obligatoire).',
    admin: 'Le nom d’utilisateur de l’administrateur.',
    displayName: 'Le nom que les autres voient. Par défaut : le nom d’utilisateur.',
    timezone: 'Un fuseau horaire IANA comme Europe/Paris. Par défaut : celui de cet ordinateur.',
    language: 'Langue des documents imprimés. Par défaut : en.',
    port: 'Le port d’écoute. Par défaut : n’importe quel port libre.',
    size: 'Quantité de données de démonstration. Par défaut : small.',
    to: 'Où écrire la sauvegarde : un dossier (par exemple une clé USB) ou un fichier se terminant par .ckbackup.',
    force: 'Ajouter les données de démonstration même si le dossier contient déjà des données.',
    dataDir:
      'Le dossier de données. Par défaut : CIRCLEKEEPER_DATA_DIR, ou le dossier Circlekeeper de cet utilisateur.',
    help: 'Afficher cette aide.',
  },
};
