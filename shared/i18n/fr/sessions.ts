import type { Catalogue } from '../en';

// French messages of the 'sessions' block. Spread into fr.ts.
export const sessions: Catalogue['sessions'] = {
  scheduleChange: {
    heading: 'Avant d’enregistrer :',
    moveTime_one: '{{count, number}} séance à venir passe de {{from}} à {{to}}.',
    moveTime_many: '{{count, number}} de séances à venir passent de {{from}} à {{to}}.',
    moveTime_other: '{{count, number}} séances à venir passent de {{from}} à {{to}}.',
    move_one:
      '{{count, number}} séance à venir passe au nouveau jour, à la nouvelle heure ou au nouveau lieu.',
    move_many:
      '{{count, number}} de séances à venir passent au nouveau jour, à la nouvelle heure ou au nouveau lieu.',
    move_other:
      '{{count, number}} séances à venir passent au nouveau jour, à la nouvelle heure ou au nouveau lieu.',
    added_one: '{{count, number}} séance est ajoutée.',
    added_many: '{{count, number}} de séances sont ajoutées.',
    added_other: '{{count, number}} séances sont ajoutées.',
    removed_one: '{{count, number}} séance à venir est supprimée.',
    removed_many: '{{count, number}} de séances à venir sont supprimées.',
    removed_other: '{{count, number}} séances à venir sont supprimées.',
    kept_one: '{{count, number}} séance consignée ou modifiée à la main reste telle quelle.',
    kept_many:
      '{{count, number}} de séances consignées ou modifiées à la main restent telles quelles.',
    kept_other:
      '{{count, number}} séances consignées ou modifiées à la main restent telles quelles.',
    nothing: 'Aucun changement pour les séances à venir.',
  },
};
