import type { Catalogue } from '../en';

// Spanish messages of the 'printRota' block (issue 11). Spread into es.ts.
export const printRota: Catalogue['printRota'] = {
  printedOn: 'Impreso el {{date}}. Los cambios posteriores solo están en Circlekeeper.',
  rota: {
    summary_one: '{{count, number}} reunión del {{from}} al {{to}}.',
    summary_other: '{{count, number}} reuniones del {{from}} al {{to}}.',
    summary_many: '{{count, number}} reuniones del {{from}} al {{to}}.',
    gaps_one: '{{count, number}} reunión aún no tiene facilitador principal.',
    gaps_other: '{{count, number}} reuniones aún no tienen facilitador principal.',
    gaps_many: '{{count, number}} reuniones aún no tienen facilitador principal.',
    weekOf: 'Semana del {{date}}',
    callIfAbsent:
      '¿No puede venir? Llame al {{phone}} cuanto antes, para que otra persona le sustituya.',
    columns: {
      date: 'Fecha',
      time: 'Hora',
      group: 'Grupo',
      place: 'Lugar',
      lead: 'Principal',
      others: 'Cofacilitación y suplentes',
    },
    online: 'En línea',
    alsoOnline: 'también en línea',
    noLead: 'Aún sin principal',
    leadUnavailable: 'Necesita otro principal',
    cancelled: 'Cancelada',
    inactive: '{{name}} (inactiva)',
    erased: 'Persona voluntaria borrada',
    backup: '{{name}} (suplente)',
    empty: 'No hay reuniones del {{from}} al {{to}}.',
  },
  contacts: {
    confidential: 'Confidencial: guárdela bajo llave y destrúyala al sustituirla.',
    summary_one:
      '{{count, number}} persona voluntaria que facilita una reunión del {{from}} al {{to}}, por nombre.',
    summary_other:
      '{{count, number}} personas voluntarias que facilitan una reunión del {{from}} al {{to}}, por nombre.',
    summary_many:
      '{{count, number}} personas voluntarias que facilitan una reunión del {{from}} al {{to}}, por nombre.',
    notListed:
      'No figuran aquí: las personas voluntarias inactivas ni los contactos de emergencia. Están en Circlekeeper.',
    columns: {
      name: 'Nombre',
      reach: 'Teléfono y correo',
      languages: 'Idiomas',
      groups: 'Grupos en este periodo',
    },
    empty: 'Nadie facilita una reunión del {{from}} al {{to}}.',
  },
};
