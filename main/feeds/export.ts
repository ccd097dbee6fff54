// The calendar and the feed from the print station's file alone: no password, no database, so a
// web volunteer can publish them while the data stays locked (DESIGN §4, §7).
import type { ExportPublicFeedInput, PublicFeed } from '../../shared/feeds/export';
import { buildMeetingGuideFeed, meetingGuideText } from '../../shared/feeds/meeting-guide';
import { translate } from '../../shared/i18n';
import { readPublicSnapshot } from '../public-printing/public-snapshot';
import { buildPublicCalendar } from './icalendar';

export function exportPublicFeed(dataDir: string, input: ExportPublicFeedInput): PublicFeed {
  const printing = readPublicSnapshot(dataDir);
  if (printing.status !== 'ready') return printing;
  const { snapshot } = printing;
  if (input.kind === 'meetingGuide') {
    const feed = buildMeetingGuideFeed(snapshot);
    return {
      status: 'ready',
      text: meetingGuideText(feed),
      groups: snapshot.groups.length,
      leftOut: feed.leftOut,
    };
  }
  const words = {
    onlineOnly: translate(input.language, 'feeds.onlineOnlyNote'),
    online: translate(input.language, 'feedsOnline.calendar.online'),
    link: translate(input.language, 'feedsOnline.calendar.link'),
    dialIn: translate(input.language, 'feedsOnline.calendar.dialIn'),
  };
  return {
    status: 'ready',
    text: buildPublicCalendar(snapshot, words, input.groupId),
    groups: snapshot.groups.length,
    leftOut: { notWeekly: 0, onlineOnly: 0 },
  };
}
