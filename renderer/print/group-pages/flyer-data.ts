// What the flyer prints, from either source: signed in, the group as the API gives it to this
// role (with its online link, which staff may choose to print); at the print station, the
// public snapshot, which holds the link only of a group that chose to publish it.
import { useQuery } from '@tanstack/react-query';
import {
  GROUP_FIELD_VISIBILITY,
  LOCATION_FIELD_VISIBILITY,
  pickPublic,
  type PublicGroup,
} from '../../../shared/domain/public-snapshot';
import { call } from '../../api/client';
import { queryKeys } from '../../app/query-keys';
import { usePrint } from '../print-context';
import { publicDataQuery } from '../use-public-data';
import type { GroupPageState } from './GroupPageStatus';

export interface FlyerData {
  group: PublicGroup;
  /** '' when the group meets in person, has no link, or (print station) keeps it on request. */
  onlineLink: string;
  organisation: { name: string; phone: string };
}

/** The flyer shows the public fields even signed in: it is a public notice, whoever prints it. */
async function loadSignedIn(groupId: number): Promise<FlyerData> {
  const [group, locations, organisation] = await Promise.all([
    call('getGroup', { id: groupId }),
    call('listLocations', {}),
    call('getOrganisation', {}),
  ]);
  const location =
    group.format === 'online' ? undefined : locations.find((l) => l.id === group.locationId);
  return {
    group: {
      id: group.id,
      ...pickPublic(group, GROUP_FIELD_VISIBILITY),
      location: location ? pickPublic(location, LOCATION_FIELD_VISIBILITY) : null,
      updatedAt: group.updatedAt,
    },
    onlineLink: group.format === 'in_person' ? '' : group.onlineLink,
    organisation: { name: organisation.name, phone: organisation.phone },
  };
}

export function useFlyerData(): GroupPageState<FlyerData> {
  const { mode, search } = usePrint();
  const groupId = search.groupId;
  const signedIn = useQuery({
    queryKey: [...queryKeys.group(groupId ?? 0), 'flyer'],
    queryFn: () => loadSignedIn(groupId!),
    enabled: mode === 'signedIn' && groupId !== undefined,
  });
  const snapshot = useQuery({ ...publicDataQuery('public'), enabled: mode === 'public' });
  if (groupId === undefined) return { status: 'none' };
  const query = mode === 'signedIn' ? signedIn : snapshot;
  if (query.error)
    return { status: 'error', error: query.error, retry: () => void query.refetch() };
  if (mode === 'signedIn') {
    return signedIn.data ? { status: 'ready', data: signedIn.data } : { status: 'pending' };
  }
  if (!snapshot.data) return { status: 'pending' };
  const group = snapshot.data.groups.find((g) => g.id === groupId);
  if (!group) return { status: 'notAtStation' };
  const { name, phone } = snapshot.data.organisation;
  return {
    status: 'ready',
    data: { group, onlineLink: group.onlineLink ?? '', organisation: { name, phone } },
  };
}
