import type { Catalogue } from '../en';

// Spanish messages of the blocks 'enums'. Spread into es.ts.

export const enums: Catalogue['enums'] = {
  focus: {
    addiction_recovery: 'Recuperación de adicciones',
    grief: 'Duelo',
    chronic_illness: 'Enfermedad crónica',
    caregivers: 'Personas cuidadoras',
    trauma: 'Trauma',
    mental_health: 'Salud mental',
    parenting: 'Crianza',
    other: 'Otro',
  },
  format: {
    in_person: 'Presencial',
    online: 'En línea',
    hybrid: 'Híbrido (presencial y en línea)',
  },
  status: { active: 'Activo', paused: 'En pausa', archived: 'Archivado' },
  role: { admin: 'Administrador/a', coordinator: 'Coordinador/a', facilitator: 'Facilitador/a' },
  paperSize: { A4: 'A4', Letter: 'Carta (Letter)' },
  volunteerStatus: { applicant: 'Solicitante', active: 'Activa', inactive: 'Inactiva' },
  backgroundCheck: {
    not_started: 'Sin empezar',
    pending: 'Pendiente',
    cleared: 'Superada',
    not_cleared: 'No superada',
    expired: 'Vencida',
  },
  sessionStatus: { scheduled: 'Programada', held: 'Realizada', cancelled: 'Cancelada' },
  facilitatorRole: { lead: 'Principal', co: 'Cofacilitador/a', backup: 'Suplente' },
  weekday: {
    '1': 'lunes',
    '2': 'martes',
    '3': 'miércoles',
    '4': 'jueves',
    '5': 'viernes',
    '6': 'sábado',
    '7': 'domingo',
  },
};
