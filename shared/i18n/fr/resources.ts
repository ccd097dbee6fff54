import type { Catalogue } from '../en';

// French messages of the 'resources' block. Spread into fr.ts.
export const resources: Catalogue['resources'] = {
  title: 'Ressources d’orientation',
  intro:
    'Lignes d’écoute et services locaux à indiquer quand un groupe ne suffit pas. Elles s’impriment sur la fiche des ressources, dans chaque plan de séance et au poste d’impression.',
  new: 'Ajouter une ressource',
  newTitle: 'Ajouter une ressource d’orientation',
  editTitle: 'Modifier « {{name}} »',
  editNamed: 'Modifier {{name}}',
  save: 'Enregistrer la ressource',
  printSheet: 'Imprimer la fiche des ressources',
  emptyTitle: 'Aucune ressource d’orientation pour l’instant',
  emptyText:
    'Ajoutez d’abord votre ligne d’écoute locale, puis les services que les gens demandent : une banque alimentaire, le médecin de garde, un soutien pour les aidants ou après un décès.',
  tableCaption_one: '{{count}} ressource d’orientation, lignes d’écoute en premier',
  tableCaption_many: '{{count}} de ressources d’orientation, lignes d’écoute en premier',
  tableCaption_other: '{{count}} ressources d’orientation, lignes d’écoute en premier',
  crisisLine: 'Ligne d’écoute',
  whereColumn: 'Lieu',
  fields: {
    name: 'Nom',
    purpose: 'À quoi elle sert',
    phone: 'Téléphone',
    hours: 'Horaires',
    address: 'Adresse',
    website: 'Site web',
    isCrisisLine: 'Ligne d’écoute',
  },
  hints: {
    purpose: 'Une ligne en termes simples, par exemple « Quelqu’un à qui parler, jour et nuit ».',
    isCrisisLine:
      'Pour une personne en danger ou en crise maintenant. Les lignes d’écoute s’impriment en premier, dans un encadré à part.',
    hours: 'Par exemple « 24 h/24, tous les jours » ou « lun.–ven. 9:00–17:00 ».',
    website: 'Commence par https:// ou http://',
  },
  remove: 'Retirer',
  removeNamed: 'Retirer {{name}}',
  removeTitle: 'Retirer « {{name}} » ?',
  removeText:
    'Elle ne s’imprimera plus sur la fiche des ressources, les plans de séance ni au poste d’impression. Elle reste conservée : vous pouvez la rétablir depuis cette page.',
  removedTitle_one: '{{count}} ressource retirée',
  removedTitle_many: '{{count}} de ressources retirées',
  removedTitle_other: '{{count}} ressources retirées',
  removedIntro: 'Celles-ci ne s’impriment plus. Rétablissez-en une pour la remettre sur la fiche.',
  restore: 'Rétablir',
  restoreNamed: 'Rétablir {{name}}',
  sheet: {
    kicker: 'Fiche des ressources d’orientation',
    title: 'Où trouver de l’aide',
    contact: 'Des questions ? Demandez-nous',
    crisisHeading: 'En cas de crise',
    danger: 'Si vous ou quelqu’un d’autre êtes en danger maintenant, appelez l’une de ces lignes.',
    othersHeading: 'Autres aides et services locaux',
    service: 'Service',
    phone: 'Téléphone',
    hours: 'Quand',
    where: 'Où',
    printed:
      'Imprimé le {{date}}. Les numéros et les horaires changent : vérifiez-les avant de compter dessus.',
    none: 'Demandez à un membre du personnel quels sont les services locaux.',
    noneScreen:
      'Il n’y a encore rien à imprimer : ajoutez les lignes d’écoute et les services dans l’écran Ressources d’orientation.',
  },
};
