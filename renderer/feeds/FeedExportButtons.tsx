import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { languageOfLocale } from '../../shared/domain/fields';
import { FEED_FILE_EXTENSIONS, type FeedKind, type PublicFeed } from '../../shared/feeds/export';
import type { SaveFileRequest } from '../../shared/api/bridge';
import { call } from '../api/client';
import { ErrorAlert, StatusNote } from '../ui/Alert';
import { Button } from '../ui/Button';
import { saveTextFile } from '../ui/download-file';

const MIME: Record<FeedKind, SaveFileRequest['mime']> = {
  icalendar: 'text/calendar;charset=utf-8',
  meetingGuide: 'application/json;charset=utf-8',
};

type Outcome =
  | { kind: 'saved' | 'failed' | 'off' | 'unreadable' }
  | { kind: 'leftOut'; notWeekly: number; onlineOnly: number };

interface Props {
  /** One group's calendar only (its page); left out, both files for every public group. */
  group?: { id: number; fileName: string };
}

/**
 * Saves the public groups' calendar (.ics) and Meeting Guide feed (.json), made from the print
 * station's public file: the same buttons work signed in and at the print station.
 */
export function FeedExportButtons({ group }: Props) {
  const { t, i18n } = useTranslation();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [isBusy, setBusy] = useState(false);

  const save = async (kind: FeedKind) => {
    setOutcome(null);
    setBusy(true);
    try {
      const feed: PublicFeed = await call('exportPublicFeed', {
        kind,
        ...(group ? { groupId: group.id } : {}),
        language: languageOfLocale(i18n.language),
      });
      if (feed.status !== 'ready') return setOutcome({ kind: feed.status });
      const name = `${group?.fileName ?? (kind === 'icalendar' ? 'meetings' : 'meeting-guide')}.${FEED_FILE_EXTENSIONS[kind]}`;
      const saved = await saveTextFile(name, feed.text, MIME[kind]);
      const { notWeekly, onlineOnly } = feed.leftOut;
      if (saved === 'failed') setOutcome({ kind: 'failed' });
      else if (notWeekly + onlineOnly > 0) setOutcome({ kind: 'leftOut', notWeekly, onlineOnly });
      else if (saved === 'saved') setOutcome({ kind: 'saved' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="feed-export">
      <div className="feed-export__buttons">
        <Button onPress={() => void save('icalendar')} isDisabled={isBusy}>
          {t(group ? 'feeds.saveGroupCalendar' : 'feeds.saveCalendar')}
        </Button>
        {!group && (
          <Button onPress={() => void save('meetingGuide')} isDisabled={isBusy}>
            {t('feeds.saveMeetingGuide')}
          </Button>
        )}
      </div>
      <div aria-live="polite">
        {outcome?.kind === 'saved' && <StatusNote>{t('desktop.fileSaved')}</StatusNote>}
        {outcome?.kind === 'leftOut' && (
          <StatusNote>
            {t('feedsOnline.leftOut', {
              notWeekly: outcome.notWeekly,
              onlineOnly: outcome.onlineOnly,
            })}
          </StatusNote>
        )}
      </div>
      {outcome?.kind === 'failed' && <ErrorAlert>{t('desktop.fileFailed')}</ErrorAlert>}
      {outcome?.kind === 'off' && <ErrorAlert>{t('feeds.offText')}</ErrorAlert>}
      {outcome?.kind === 'unreadable' && <ErrorAlert>{t('feeds.unreadableText')}</ErrorAlert>}
    </div>
  );
}

/** The section of the print centre and the print station that offers both files. */
export function FeedExportSection() {
  const { t } = useTranslation();
  return (
    <section className="print-centre__section" aria-labelledby="feeds-title">
      <h2 id="feeds-title">{t('feeds.title')}</h2>
      <p>{t('feedsOnline.intro')}</p>
      <FeedExportButtons />
    </section>
  );
}
