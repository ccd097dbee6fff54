import type { Catalogue } from '../en';

// Spanish messages of the 'sessions' block (issue 10). Spread into es.ts.
export const sessions: Catalogue['sessions'] = {
  scheduleChange: {
    heading: 'Antes de guardar:',
    moveTime_one: '{{count, number}} sesión futura pasa de las {{from}} a las {{to}}.',
    moveTime_other: '{{count, number}} sesiones futuras pasan de las {{from}} a las {{to}}.',
    moveTime_many: '{{count, number}} sesiones futuras pasan de las {{from}} a las {{to}}.',
    move_one: '{{count, number}} sesión futura pasa al nuevo día, hora o lugar.',
    move_other: '{{count, number}} sesiones futuras pasan al nuevo día, hora o lugar.',
    move_many: '{{count, number}} sesiones futuras pasan al nuevo día, hora o lugar.',
    added_one: 'Se añade {{count, number}} sesión.',
    added_other: 'Se añaden {{count, number}} sesiones.',
    added_many: 'Se añaden {{count, number}} sesiones.',
    removed_one: 'Se quita {{count, number}} sesión futura.',
    removed_other: 'Se quitan {{count, number}} sesiones futuras.',
    removed_many: 'Se quitan {{count, number}} sesiones futuras.',
    kept_one: '{{count, number}} con registros o cambios hechos a mano se queda como está.',
    kept_other: '{{count, number}} con registros o cambios hechos a mano se quedan como están.',
    kept_many: '{{count, number}} con registros o cambios hechos a mano se quedan como están.',
    nothing: 'Ninguna sesión futura cambia.',
  },
};
