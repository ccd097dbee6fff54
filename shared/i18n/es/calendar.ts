import type { Catalogue } from '../en';

// Spanish messages of the 'calendar' block (issue 10). Spread into es.ts.
export const calendar: Catalogue['calendar'] = {
  session: {
    backToGroup: '← Volver a {{name}}',
    loadingTitle: 'Sesión',
    status: 'Estado',
    cancelReason: 'Por qué se canceló',
    duration: 'Duración',
    minutes_one: '{{count, number}} minuto',
    minutes_other: '{{count, number}} minutos',
    place: 'Dónde',
    online: 'En línea',
  },
};
