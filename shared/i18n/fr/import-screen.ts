import type { Catalogue } from '../en';

// French messages of the 'importScreen' block: the CSV import screen (issue 12). Spread into fr.ts.
export const importScreen: Catalogue['importScreen'] = {
  openButton: 'Importer depuis un tableur',
  title: 'Importer des bénévoles depuis un tableur',
  intro:
    "Ajoutez de nombreux bénévoles d'un coup depuis un fichier CSV. Rien n'est ajouté tant que toutes les lignes ne sont pas correctes.",
  rowCount_one: '{{count, number}} ligne',
  rowCount_many: '{{count, number}} lignes',
  rowCount_other: '{{count, number}} lignes',
  volunteerCount_one: '{{count, number}} bénévole',
  volunteerCount_many: '{{count, number}} bénévoles',
  volunteerCount_other: '{{count, number}} bénévoles',
  choose: {
    heading: '1. Choisir un fichier',
    button: 'Choisir un fichier CSV…',
    hint: 'Dans Excel ou LibreOffice, utilisez « Enregistrer sous » et choisissez le type CSV. Virgules ou points-virgules entre les cellules conviennent, en UTF-8 ou en Windows-1252 (ancien Excel).',
    privacy: "Le fichier est lu sur cet ordinateur seulement ; il n'est jamais envoyé ailleurs.",
    reading: 'Lecture du fichier…',
    chosen: 'Fichier « {{name}} » : {{rows}}.',
    empty: 'Ce fichier est vide. Choisissez le fichier CSV enregistré depuis le tableur.',
    notText:
      "Ce n'est pas un fichier CSV. Dans le tableur, utilisez « Enregistrer sous », choisissez le type CSV, puis choisissez ici le nouveau fichier.",
    tooBig:
      'Ce fichier est trop gros pour une liste de bénévoles (plus de {{megabytes}} Mo). Vérifiez que c’est le bon fichier.',
    unreadable: "Ce fichier n'a pas pu être lu. Choisissez-le à nouveau.",
  },
  preview: {
    heading: '2. Aperçu',
    intro: 'Les premières lignes, telles que le fichier les contient.',
    caption: 'Les {{rows}} premières du fichier',
  },
  map: {
    heading: '3. Associer les colonnes',
    intro:
      "Pour chaque colonne du fichier, choisissez l'information du bénévole qu'elle contient. Les choix proposés viennent des titres des colonnes.",
    columnLabel: 'Champ de la colonne « {{header}} »',
    untitledColumn: 'colonne {{number}}',
    example: 'Première ligne : {{value}}',
    emptyExample: 'Vide à la première ligne.',
    doNotImport: 'Ne pas importer',
    chosenTwice:
      '{{field}} est choisi pour plusieurs colonnes. Choisissez-le pour une seule colonne.',
    firstNameMissing: 'Choisissez la colonne des prénoms : chaque bénévole doit avoir un prénom.',
  },
  check: {
    heading: '4. Vérifier',
    button: 'Vérifier les lignes',
    blockedReason: 'Corrigez les choix de colonnes ci-dessus, puis vérifiez les lignes.',
    checking: 'Vérification de chaque ligne…',
    passed:
      "Toutes les lignes sont correctes : {{volunteers}} peuvent être importés. Rien n'a encore été ajouté.",
    failedNote:
      'Corrigez ces lignes dans le tableur, enregistrez-le de nouveau en CSV et choisissez à nouveau le fichier.',
    duplicatesHeading: 'Doublons possibles',
    duplicatesIntro: 'Ces lignes sont ignorées sauf si vous cochez « Importer quand même ».',
    alreadyThere: 'Ligne {{row}} : {{name}} est peut-être déjà bénévole',
    repeatsRow: 'La ligne {{row}} répète la ligne {{other}}',
    importAnyway: 'Importer quand même',
  },
  import: {
    heading: '5. Importer',
    button: 'Importer {{volunteers}}',
    buttonBeforeCheck: 'Importer les bénévoles',
    nothingToImport:
      'Toutes les lignes sont ignorées : cochez « Importer quand même » pour celles que vous voulez, ou choisissez un autre fichier.',
    blockedReason:
      "L'import sera possible quand la vérification trouvera toutes les lignes correctes.",
    importing: 'Import en cours…',
  },
  result: {
    heading: 'Import terminé',
    imported_one: '{{count, number}} bénévole importé.',
    imported_many: '{{count, number}} bénévoles importés.',
    imported_other: '{{count, number}} bénévoles importés.',
    skipped_one: '{{count, number}} ignoré comme doublon possible.',
    skipped_many: '{{count, number}} ignorés comme doublons possibles.',
    skipped_other: '{{count, number}} ignorés comme doublons possibles.',
    toList: 'Voir la liste des bénévoles',
    another: 'Importer un autre fichier',
  },
  leaveWarning:
    "Le fichier choisi n'a pas été importé. Si vous quittez la page, il faudra le choisir à nouveau.",
};
