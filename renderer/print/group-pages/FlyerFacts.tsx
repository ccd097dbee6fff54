import type { ReactNode } from 'react';
import { describeSchedule } from '../../groups/describe-schedule';
import { formatCivilDate, formatLanguageList } from '../../ui/format';
import { usePrint } from '../print-context';
import type { FlyerData } from './flyer-data';
import { isolateLtr } from '../../ui/LtrText';

/** The group's place in words: the hall, its room and address; or online. */
function Place({ data }: { data: FlyerData }) {
  const { t } = usePrint();
  const { group } = data;
  if (group.format === 'online' || !group.location) return <>{t('printGroup.flyer.online')}</>;
  const room = group.room || group.location.room;
  return (
    <>
      <strong>{group.location.name}</strong>
      {room && (
        <span className="flyer__line">
          <bdi>{room}</bdi>
        </span>
      )}
      {group.location.address && (
        <span className="flyer__line">
          <bdi>{group.location.address}</bdi>
        </span>
      )}
      {group.format === 'hybrid' && (
        <span className="flyer__line">{t('printGroup.flyer.alsoOnline')}</span>
      )}
    </>
  );
}

/** The meeting days and time in words, and when a course starts or ends. */
function When({ data }: { data: FlyerData }) {
  const { t, locale, today } = usePrint();
  const { group } = data;
  return (
    <>
      <strong>{describeSchedule(group.schedule, t, locale)}</strong>
      {group.startDate > today && (
        <span className="flyer__line">
          {t('printGroup.flyer.starts', { date: formatCivilDate(group.startDate, locale) })}
        </span>
      )}
      {group.endDate && (
        <span className="flyer__line">
          {t('printGroup.flyer.ends', { date: formatCivilDate(group.endDate, locale) })}
        </span>
      )}
    </>
  );
}

const contactOf = ({ group }: FlyerData) =>
  [group.publicContactName, group.publicContactPhone, group.publicContactEmail]
    .filter(Boolean)
    .join(' · ');

/** Online or hybrid, with no link printed (the print station never has it): ask for it. */
const isLinkOnRequest = (data: FlyerData) => data.group.format !== 'in_person' && !data.onlineLink;

/** How to reach the group, and, with no link to print, how to ask for one. */
function Contact({ data, phone }: { data: FlyerData; phone: string }) {
  const { t } = usePrint();
  const contact = contactOf(data);
  return (
    <>
      {contact && <strong>{contact}</strong>}
      {isLinkOnRequest(data) && (
        <span className="flyer__line">
          {phone
            ? t('printGroup.flyer.linkOnRequest', { phone: isolateLtr(phone) })
            : t('printGroup.flyer.linkOnRequestNoPhone')}
        </span>
      )}
    </>
  );
}

/** Everything a passer-by needs to decide to come, as labelled lines. */
export function FlyerFacts({ data, phone }: { data: FlyerData; phone: string }) {
  const { t, language } = usePrint();
  const { group } = data;
  const facts: [key: string, value: ReactNode][] = [
    // Typed by staff in any language: isolated so "Adults 18+" keeps its order in Arabic.
    ['whoFor', group.audience && <bdi key="whoFor">{group.audience}</bdi>],
    ['when', <When key="when" data={data} />],
    ['where', <Place key="where" data={data} />],
    ['languages', group.languages.length > 0 && formatLanguageList(group.languages, language)],
    ['accessibility', group.accessibility && <bdi key="access">{group.accessibility}</bdi>],
    [
      'newcomers',
      t(group.isOpenToNewcomers ? 'printGroup.flyer.newcomersWelcome' : 'printGroup.flyer.closed'),
    ],
    [
      'contact',
      (contactOf(data) || isLinkOnRequest(data)) && (
        <Contact key="contact" data={data} phone={phone} />
      ),
    ],
  ];
  return (
    <dl className="flyer__facts">
      {facts
        .filter(([, value]) => Boolean(value))
        .map(([key, value]) => (
          <div key={key} className="flyer__fact">
            <dt>{t(`printGroup.flyer.facts.${key}`)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
