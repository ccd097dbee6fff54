import type { MethodInput, MethodName } from '../../shared/api/contract';
import { samplePrintInputs } from './sample-print-inputs';
import { sampleImportInputs } from './sample-import-inputs';
import { sampleSessionInputs } from './sample-session-inputs';
import { ADMIN, sampleGroup } from './temp-core';

export const SAMPLE_PASSWORD = 'meadow-lark-31';

/** A group input that sets every field, so each one can be checked or broken. */
export const fullGroup = (
  locationId: number,
  overrides: Partial<MethodInput<'createGroup'>> = {},
): MethodInput<'createGroup'> =>
  sampleGroup({
    name: 'Tuesday Carers Circle',
    focus: 'caregivers',
    publicDescription: 'Peer support for people caring for a family member.',
    audience: 'Unpaid carers',
    format: 'hybrid',
    locationId,
    room: 'Room 2',
    onlineLink: 'https://meet.example.org/carers',
    dialIn: '+44 20 7946 0000 pin 1234',
    isOnlineLinkPublic: true,
    schedule: { rrule: 'FREQ=MONTHLY;BYDAY=1TU,-1FR', startTime: '18:30', durationMinutes: 75 },
    startDate: '2026-02-03',
    endDate: '2026-12-29',
    capacity: 14,
    isOpenToNewcomers: false,
    languages: ['en', 'es', 'pt-BR'],
    accessibility: 'Step-free access; hearing loop.',
    groundRules: 'What is said here stays here.',
    facilitatorGuide: 'Opening\nWelcome, everyone.',
    publicContactName: 'Sam',
    publicContactPhone: '+44 (0)20 7946-0001',
    publicContactEmail: 'carers@example.org',
    status: 'paused',
    isListedPublicly: true,
    rosterMode: 'named_with_consent',
    ...overrides,
  });

/** The test admin's password, as a secret that opens a backup. */
const BACKUP_SECRET = {
  kind: 'password',
  username: ADMIN.username,
  password: ADMIN.password,
} as const;

export interface SampleIds {
  groupId: number;
  locationId: number;
  volunteerId: number;
  trainingId: number;
  completionId: number;
  recoveryKey: string;
  sessionId: number;
  participantId: number;
  incidentId: number;
  closureId: number;
}

/** A volunteer input that sets every field. */
export const fullVolunteer = (
  overrides: Partial<MethodInput<'createVolunteer'>> = {},
): MethodInput<'createVolunteer'> => ({
  firstName: 'Amara',
  lastName: 'Okafor',
  preferredName: 'Mara',
  pronouns: 'she/her',
  phone: '+44 7700 900123',
  email: 'mara@example.org',
  languages: ['en', 'yo'],
  skills: ['Grief support', 'First aid'],
  status: 'active',
  startDate: '2025-03-01',
  emergencyContactName: 'Chidi Okafor',
  emergencyContactPhone: '+44 7700 900456',
  emergencyContactRelationship: 'Brother',
  backgroundCheckStatus: 'cleared',
  backgroundCheckDate: '2025-02-10',
  backgroundCheckExpiresOn: '2028-02-10',
  availability: [{ day: 2, from: '17:00', to: '21:00' }],
  notes: 'Prefers evening groups.',
  ...overrides,
});

/**
 * One valid input per method. Typed over every method name, so a method added to the contract
 * fails the build here until it has a sample, and the malformed-input tests then cover it.
 */
export function sampleInputs(ids: SampleIds): { [M in MethodName]: MethodInput<M> } {
  return {
    getVaultStatus: {},
    setUpVault: {
      organisationName: 'Riverside Community Centre',
      timeZone: 'Europe/London',
      language: 'en',
      admin: ADMIN,
    },
    logIn: { username: ADMIN.username, password: ADMIN.password },
    recoverWithRecoveryKey: {
      recoveryKey: ids.recoveryKey,
      username: ADMIN.username,
      newPassword: 'brand-new-pass-1',
    },
    lock: {},
    logOut: {},
    changePassword: { currentPassword: ADMIN.password, newPassword: 'quiet-harbour-77' },
    getRecoveryKeyStatus: {},
    replaceRecoveryKey: { currentPassword: ADMIN.password },
    confirmRecoveryKey: { recoveryKey: ids.recoveryKey },
    listUsers: {},
    createUser: {
      username: 'nia',
      displayName: 'Nia Newcomer',
      role: 'facilitator',
      password: SAMPLE_PASSWORD,
    },
    listAuditLog: {
      userId: 1,
      entity: 'group',
      action: 'update',
      fromDate: '2026-01-01',
      toDate: '2026-12-31',
      page: 1,
      limit: 25,
    },
    verifyAuditLog: {},
    // Any account but the first admin's (id 1) will do: these inputs are checked, not saved.
    updateUser: { id: 2, displayName: 'Nia Newcomer', role: 'coordinator', volunteerId: null },
    disableUser: { id: 2 },
    enableUser: { id: 2, password: SAMPLE_PASSWORD },
    resetUserPassword: { id: 2, newPassword: SAMPLE_PASSWORD },
    getOrganisation: {},
    updateOrganisation: {
      name: 'Riverside Centre',
      address: '1 River Road',
      phone: '+44 20 7946 0000',
      email: 'office@example.org',
      timeZone: 'Europe/London',
      defaultLanguage: 'es',
      paperSize: 'Letter',
      dateRegion: 'GB',
    },
    getSettings: {},
    updateSettings: { idleLockMinutes: 5 },
    getDashboard: {},
    listGroups: { search: 'grief', status: 'active', focus: 'grief', format: 'online' },
    getGroup: { id: ids.groupId },
    createGroup: fullGroup(ids.locationId),
    updateGroup: { id: ids.groupId, ...fullGroup(ids.locationId) },
    archiveGroup: { id: ids.groupId },
    unarchiveGroup: { id: ids.groupId },
    listGroupFacilitators: { groupId: ids.groupId },
    assignFacilitator: {
      groupId: ids.groupId,
      volunteerId: ids.volunteerId,
      role: 'lead',
      overrideReason: 'Led this group for years; refresher booked.',
    },
    changeFacilitatorRole: {
      groupId: ids.groupId,
      volunteerId: ids.volunteerId,
      role: 'co',
      overrideReason: '',
    },
    removeFacilitator: { groupId: ids.groupId, volunteerId: ids.volunteerId },
    listLocations: {},
    createLocation: {
      name: 'Main Hall',
      address: '1 River Road',
      room: 'Ground floor',
      accessibilityNotes: 'Ramp at the side door',
      capacity: 40,
    },
    updateLocation: { id: ids.locationId, name: 'Main Hall', capacity: 30 },
    deleteLocation: { id: ids.locationId },
    listVolunteers: {
      search: 'mara',
      status: 'active',
      language: 'en',
      readiness: 'ready',
      backgroundCheck: 'cleared',
      sort: 'readiness',
      direction: 'desc',
      offset: 0,
      limit: 25,
    },
    exportVolunteers: { status: 'active' },
    getVolunteer: { id: ids.volunteerId },
    createVolunteer: fullVolunteer(),
    updateVolunteer: { id: ids.volunteerId, ...fullVolunteer({ phone: '+44 7700 900999' }) },
    deactivateVolunteer: { id: ids.volunteerId },
    reactivateVolunteer: { id: ids.volunteerId },
    eraseVolunteer: { id: ids.volunteerId, confirmName: 'Mara Okafor' },
    listTrainings: {},
    createTraining: {
      name: 'Safeguarding',
      description: 'Recognising and reporting risk.',
      validityMonths: 24,
      isRequiredForLead: true,
      isRequiredForCo: true,
    },
    updateTraining: { id: ids.trainingId, name: 'Safeguarding basics', validityMonths: 36 },
    retireTraining: { id: ids.trainingId },
    restoreTraining: { id: ids.trainingId },
    recordTrainingCompletion: {
      volunteerId: ids.volunteerId,
      trainingId: ids.trainingId,
      completedOn: '2026-01-15',
    },
    removeTrainingCompletion: { id: ids.completionId },
    getPublicSnapshot: {},
    exportPublicFeed: { kind: 'meetingGuide', language: 'en' },
    // Paths that do not exist: a sample call must never write a backup anywhere real.
    createBackup: { targetDir: '/nonexistent/usb' },
    getBackupProgress: {},
    getBackupStatus: {},
    updateBackupSettings: { keepCount: 5, nagAfterDays: 14 },
    listBackupTargets: {},
    listFolder: { path: '/nonexistent/usb' },
    openBackup: { file: '/nonexistent/a.ckbackup', secret: BACKUP_SECRET },
    restoreBackup: { file: '/nonexistent/a.ckbackup', secret: BACKUP_SECRET },
    previewBackupOnNewComputer: { file: '/nonexistent/a.ckbackup', secret: BACKUP_SECRET },
    restoreBackupOnNewComputer: { file: '/nonexistent/a.ckbackup', secret: BACKUP_SECRET },
    listSafetyCopies: {},
    restoreSafetyCopy: { id: '2026-11-30T18-40-12-345Z', secret: BACKUP_SECRET },
    ...sampleSessionInputs(ids),
    ...samplePrintInputs(),
    ...sampleImportInputs(),
  };
}
