import type { GroupFocus, GroupStatus } from './groups';

export interface Dashboard {
  organisationName: string;
  groupsByStatus: Record<GroupStatus, number>;
  groupsByFocus: Partial<Record<GroupFocus, number>>;
  openToNewcomers: number;
  listedPublicly: number;
  locations: number;
  /** A facilitator account linked to no volunteer sees no group until an admin links it. */
  needsVolunteerLink: boolean;
}
