import type { Catalogue } from '../en';

// French messages of the 'closures' block. Spread into fr.ts.
export const closures: Catalogue['closures'] = {
  title: 'Fermetures',
  intro:
    'Les jours où le centre, ou un lieu, est fermé. Les séances de ces jours-là sont annulées avec votre motif, et reviennent si vous supprimez la fermeture.',
  add: 'Ajouter une fermeture',
  addTitle: 'Ajouter une fermeture',
  emptyTitle: 'Aucune fermeture',
  emptyText:
    'Quand le centre ferme pour des congés ou des travaux, ajoutez une fermeture : les séances de ces jours-là sont annulées pour vous, et reviennent si vous la supprimez.',
  tableCaption: 'Fermetures en vigueur',
  wholeCentre: 'Tout le centre',
  dateRange: 'Du {{from}} au {{to}}',
  sessionCount_one: '{{count, number}} séance',
  sessionCount_many: '{{count, number}} de séances',
  sessionCount_other: '{{count, number}} séances',
  columns: {
    dates: 'Dates',
    place: 'Lieu',
    reason: 'Motif',
    sessions: 'Séances annulées',
  },
  fields: {
    startsOn: 'Premier jour de fermeture',
    endsOn: 'Dernier jour de fermeture',
    scope: 'Ce qui ferme',
    locationId: 'Lieu',
    reason: 'Motif',
  },
  scope: {
    centre: 'Tout le centre',
    centreHint: 'Tous les lieux, ainsi que les groupes en ligne.',
    location: 'Un seul lieu',
  },
  hints: {
    reason: 'Affiché sur chaque séance annulée, par exemple « Vacances de Noël ».',
  },
  preview_zero: 'Aucune séance n’est annulée.',
  preview_one: 'Cela annule {{count, number}} séance.',
  preview_many: 'Cela annule {{count, number}} de séances.',
  preview_other: 'Cela annule {{count, number}} séances.',
  previewNote: 'Les séances tenues et celles déjà annulées restent telles quelles.',
  save: 'Ajouter la fermeture',
  remove: 'Supprimer',
  removeNamed: 'Supprimer la fermeture « {{reason}} »',
  removeTitle: 'Supprimer la fermeture « {{reason}} » ?',
  removeText_zero: 'Aucune séance ne revient : cette fermeture n’en annule aucune pour l’instant.',
  removeText_one:
    '{{count, number}} séance revient au calendrier, sauf si une autre fermeture la couvre aussi.',
  removeText_many:
    '{{count, number}} de séances reviennent au calendrier, sauf celles qu’une autre fermeture couvre aussi.',
  removeText_other:
    '{{count, number}} séances reviennent au calendrier, sauf celles qu’une autre fermeture couvre aussi.',
  removed_one: 'Fermeture supprimée : {{count, number}} séance est de retour au calendrier.',
  removed_many: 'Fermeture supprimée : {{count, number}} de séances sont de retour au calendrier.',
  removed_other: 'Fermeture supprimée : {{count, number}} séances sont de retour au calendrier.',
  errors: {
    cancelHeld: 'Cette séance a eu lieu : elle ne peut donc pas être annulée.',
    moveHeld: 'Cette séance a eu lieu : elle ne peut donc pas être déplacée.',
    restoreClosed:
      'Une fermeture du centre annule cette séance. Elle reviendra quand cette fermeture sera supprimée dans l’écran Fermetures.',
  },
  session: {
    actionsLabel: 'Modifier cette séance',
    cancel: 'Annuler la séance',
    cancelTitle: 'Annuler cette séance ?',
    cancelText: 'Circlekeeper ne prévient pas le groupe : informez-en les animateurs.',
    reason: 'Motif',
    reasonHint: 'Affiché sur la séance, par exemple « Animateur souffrant ».',
    confirmCancel: 'Annuler la séance',
    keep: 'La garder',
    restore: 'Rétablir la séance',
    cancelledByClosure: 'Annulée par la fermeture « {{reason}} » ({{dates}}).',
    seeClosures: 'Voir les fermetures',
    move: 'Déplacer',
    moveTitle: 'Déplacer cette séance',
    moveSave: 'Déplacer la séance',
    date: 'Date',
    startTime: 'Heure de début',
    duration: 'Durée en minutes',
    location: 'Lieu',
    online: 'En ligne (sans lieu)',
    room: 'Salle',
  },
  extra: {
    add: 'Ajouter une séance supplémentaire',
    title: 'Ajouter une séance supplémentaire de {{name}}',
    intro:
      'Une réunion ponctuelle en dehors de l’horaire habituel. Une date passée convient : consignez une réunion qui a déjà eu lieu.',
    save: 'Ajouter la séance',
  },
};
