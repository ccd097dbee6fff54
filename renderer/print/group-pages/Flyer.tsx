import { useTranslation } from '../../i18n/use-translation';
import { StatusNote } from '../../ui/Alert';
import { PrintSheet } from '../PrintDocument';
import { usePrint } from '../print-context';
import { useFitToPage } from '../use-fit-to-page';
import { useFlyerData, type FlyerData } from './flyer-data';
import { FlyerFacts } from './FlyerFacts';
import { GroupPageStatus } from './GroupPageStatus';
import { QrCode } from './QrCode';
import { TearOffTabs } from './TearOffTabs';
import { LtrText } from '../../ui/LtrText';

/** A short notice grows to fill the board; a long one shrinks to stay on its page. */
const FIT = { min: 0.4, max: 1.5 };

/** Long names step down in size before the whole page has to shrink. */
function nameLength(name: string): 'short' | 'medium' | 'long' {
  if (name.length <= 32) return 'short';
  return name.length <= 70 ? 'medium' : 'long';
}

/** Screen only: what the printout leaves out, or carries, that staff should know before posting it. */
function FlyerNotes({ data, phone }: { data: FlyerData; phone: string }) {
  const { t } = useTranslation();
  const notes = [
    !phone && t('printGroup.flyer.noPhone'),
    data.onlineLink && t('printGroup.flyer.linkWarning'),
  ];
  return (
    <div className="screen-only group-page__notes">
      {notes.filter(Boolean).map((note) => (
        <StatusNote key={String(note)}>{note}</StatusNote>
      ))}
    </div>
  );
}

function FlyerSheet({ data }: { data: FlyerData }) {
  const { t, paper, isLargePrint, language } = usePrint();
  const { group, organisation, onlineLink } = data;
  const phone = group.publicContactPhone || organisation.phone;
  const { ref: fitRef } = useFitToPage<HTMLDivElement>(
    JSON.stringify([paper, isLargePrint, language, data]),
    FIT,
  );
  const kicker =
    group.focus === 'other'
      ? t('printGroup.flyer.kickerOther')
      : t('printGroup.flyer.kicker', { focus: t(`enums.focus.${group.focus}`) });
  return (
    <>
      <FlyerNotes data={data} phone={phone} />
      <PrintSheet isOnePage>
        <div className="flyer" ref={fitRef}>
          <div className="flyer__body">
            <p className="flyer__kicker">{kicker}</p>
            <h1 className={`flyer__name flyer__name--${nameLength(group.name)}`}>{group.name}</h1>
            {group.publicDescription && (
              // Typed by staff in any language: its own direction, not the printout's.
              <p dir="auto" className="flyer__description">
                {group.publicDescription}
              </p>
            )}
            <div className="flyer__details">
              <FlyerFacts data={data} phone={phone} />
              {onlineLink && (
                <figure className="flyer__qr">
                  <QrCode text={onlineLink} className="flyer__qr-code" />
                  <figcaption>
                    <strong>{t('printGroup.flyer.scanToJoin')}</strong>
                    <span className="flyer__line flyer__link">{onlineLink}</span>
                  </figcaption>
                </figure>
              )}
            </div>
          </div>
          <p className="flyer__organisation">
            {t('printGroup.flyer.runBy', { name: organisation.name })}
            {organisation.phone && (
              <>
                {' · '}
                <LtrText>{organisation.phone}</LtrText>
              </>
            )}
          </p>
          {phone && <TearOffTabs name={group.name} phone={phone} />}
        </div>
      </PrintSheet>
    </>
  );
}

/** The group flyer (issue 11): a notice-board poster with tear-off tabs, on exactly one page. */
export function Flyer() {
  const state = useFlyerData();
  return state.status === 'ready' ? (
    <FlyerSheet data={state.data} />
  ) : (
    <GroupPageStatus state={state} />
  );
}

export function useFlyerFileTitle(): string {
  const { t } = usePrint();
  const state = useFlyerData();
  return state.status === 'ready'
    ? t('printGroup.flyer.fileTitle', { name: state.data.group.name })
    : t('print.printables.flyer.title');
}
