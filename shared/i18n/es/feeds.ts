import type { Catalogue } from '../en';

// Spanish messages of the 'feeds' block (issue 12). Spread into es.ts.
export const feeds: Catalogue['feeds'] = {
  title: 'Calendario y listado para buscadores de reuniones',
  saveCalendar: 'Guardar el calendario (.ics)',
  saveGroupCalendar: 'Guardar el calendario de este grupo (.ics)',
  saveMeetingGuide: 'Guardar el listado Meeting Guide (.json)',
  offText:
    'La impresión pública está desactivada, así que todavía no hay nada que publicar. Un administrador puede activarla en Ajustes, en Impresión pública.',
  unreadableText:
    'No se pudo leer la lista pública de reuniones. Inicie sesión o cambie cualquier grupo para que se vuelva a escribir y pruebe otra vez.',
  onlineOnlyNote: 'Se reúne en línea. Pida el enlace al contacto del grupo.',
  cli: {
    oneLine: 'Escribir el calendario público (.ics) o el listado Meeting Guide (.json)',
    summary:
      'Escribe los grupos públicos como archivo iCalendar (ics) o listado Meeting Guide (meeting-guide) en el archivo indicado con --out. Solo lee la lista pública de reuniones, así que no pide contraseña; la impresión pública debe estar activada.',
    outOption: 'Dónde escribir el archivo (se sustituye entero si ya existe)',
    done: 'Escrito: {{file}} ({{groups}} grupos públicos).',
    off: 'La impresión pública está desactivada en esta carpeta de datos, así que no hay nada público que exportar. Un administrador puede activarla en Ajustes, en Impresión pública.',
    unreadable:
      'No se pudo leer la lista pública de reuniones de esta carpeta de datos. Abra Circlekeeper e inicie sesión para que se vuelva a escribir y ejecute de nuevo este comando.',
  },
};
