import type { Catalogue } from '../en';

// Spanish messages of the 'feedsOnline' block (issue 12). Spread into es.ts.
export const feedsOnline: Catalogue['feedsOnline'] = {
  publishLink:
    'Publicar el enlace y el acceso por teléfono en la lista pública de reuniones, el calendario y el listado',
  publishLinkHint:
    'Desactivado salvo que el grupo lo haya acordado. Muchos grupos solo dan su enlace a quien lo pide, para que nadie ajeno pueda entrar e interrumpir la reunión.',
  published: 'Enlace en la lista pública',
  intro:
    'Para la web del centro, las aplicaciones de calendario y los buscadores de reuniones. Solo contienen lo que muestra la lista impresa de reuniones: no incluyen nombres de contacto ni los enlaces que un grupo no haya decidido publicar.',
  leftOut:
    'Guardado. No están en el listado, porque solo incluye reuniones semanales con una dirección o un enlace publicado: no semanales: {{notWeekly}}; en línea sin enlace publicado: {{onlineOnly}}.',
  calendar: {
    online: 'En línea',
    link: 'Unirse en línea',
    dialIn: 'Acceso por teléfono',
  },
  list: {
    online: 'En línea:',
    alsoOnline: 'También en línea:',
    dialIn: 'Por teléfono:',
  },
};
