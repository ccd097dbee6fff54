// What the calendar and feed exports are asked for and answer (issue 12, DESIGN §7).
import { z } from 'zod';
import { id, language } from '../domain/fields';

export const FEED_KINDS = ['icalendar', 'meetingGuide'] as const;
export type FeedKind = (typeof FEED_KINDS)[number];

export const FEED_FILE_EXTENSIONS: Record<FeedKind, string> = {
  icalendar: 'ics',
  meetingGuide: 'json',
};

export const exportPublicFeedInputSchema = z.strictObject({
  kind: z.enum(FEED_KINDS),
  /** One group's calendar; left out, every public group. */
  groupId: id.optional(),
  /** The language of the few words the file itself carries. */
  language,
});
export type ExportPublicFeedInput = z.input<typeof exportPublicFeedInputSchema>;

/** Off (or not written yet), unreadable, or the file's text and what it had to leave out. */
export type PublicFeed =
  | { status: 'off' }
  | { status: 'unreadable' }
  | {
      status: 'ready';
      text: string;
      /** How many public groups the file was made from. */
      groups: number;
      /** Listed groups the feed cannot carry: not weekly, or online only. */
      leftOut: { notWeekly: number; onlineOnly: number };
    };
