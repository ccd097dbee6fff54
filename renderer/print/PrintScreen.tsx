import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../i18n/use-translation';
import { LANGUAGES, type Language } from '../../shared/domain/fields';
import { todayIn } from '../../shared/domain/civil-dates';
import { PAPER_SIZES, PRINTABLES, type PrintableId } from '../../shared/print/printables';
import { organisationQuery } from '../app/organisation-query';
import { dateLocale } from '../i18n/date-locale';
import { isLanguage, LANGUAGE_NAMES } from '../i18n/i18n';
import { CheckboxField } from '../ui/CheckboxField';
import { localToday } from '../ui/format';
import { PageHeader } from '../ui/PageHeader';
import { SelectField } from '../ui/SelectField';
import { PrintButtons } from './PrintButtons';
import { PrintContext, usePrint, type PrintContextValue, type PrintMode } from './print-context';
import { PrintDocument } from './PrintDocument';
import type { PrintSearch } from './print-search';
import { PRINTABLE_MODULES } from './registry';
import { publicDataQuery } from './use-public-data';

interface PrintScreenProps {
  printable: PrintableId;
  mode: PrintMode;
  search: PrintSearch;
  setSearch(patch: Partial<PrintSearch>): void;
  /** Where "Back" goes: the print centre signed in, the print station's list otherwise. */
  backHref: string;
}

/** The organisation's paper, language and region: from the database, or the public snapshot. */
function useDefaults(mode: PrintMode) {
  const { i18n } = useTranslation();
  const organisation = useQuery({ ...organisationQuery, enabled: mode === 'signedIn' });
  const snapshot = useQuery({ ...publicDataQuery('public'), enabled: mode === 'public' });
  const screenLanguage: Language = isLanguage(i18n.language) ? i18n.language : 'en';
  if (mode === 'signedIn') {
    const org = organisation.data;
    return {
      paper: org?.paperSize ?? 'A4',
      language: org?.defaultLanguage ?? screenLanguage,
      region: org?.dateRegion ?? '',
      today: org ? todayIn(org.timeZone) : localToday(),
    };
  }
  const org = snapshot.data?.organisation;
  return {
    paper: org?.paperSize ?? 'A4',
    language: screenLanguage,
    region: org?.dateRegion ?? '',
    today: localToday(),
  };
}

function PrintOptions({ value }: { value: PrintContextValue }) {
  const { t } = useTranslation();
  const { Subject } = PRINTABLE_MODULES[value.printable];
  return (
    <div className="filter-bar print-options">
      {Subject && <Subject />}
      <SelectField
        label={t('print.options.paper')}
        value={value.paper}
        onChange={(paper) => value.setSearch({ paper: paper as PrintSearch['paper'] })}
        options={PAPER_SIZES.map((size) => ({ value: size, label: t(`enums.paperSize.${size}`) }))}
      />
      <SelectField
        label={t('print.options.language')}
        value={value.language}
        onChange={(lang) => value.setSearch({ lang: lang as Language })}
        options={LANGUAGES.map((code) => ({ value: code, label: LANGUAGE_NAMES[code] }))}
      />
      <CheckboxField
        label={t('print.options.large')}
        isSelected={value.isLargePrint}
        onChange={(large) => value.setSearch({ large: large || undefined })}
      />
    </div>
  );
}

/** Print and Save as PDF: inside the print context, where a printable's file title is known. */
function ScreenButtons({ fallbackTitle }: { fallbackTitle: string }) {
  const { printable, paper } = usePrint();
  const fileTitle = PRINTABLE_MODULES[printable].useFileTitle?.() ?? fallbackTitle;
  return <PrintButtons paper={paper} fileTitle={fileTitle} />;
}

/**
 * One printable: its subject and options above (screen only), then the true preview of the
 * page. Print and Save as PDF print exactly what the preview shows.
 */
export function PrintScreen({ printable, mode, search, setSearch, backHref }: PrintScreenProps) {
  const { t, i18n } = useTranslation();
  const defaults = useDefaults(mode);
  const language = search.lang ?? defaults.language;
  const value = useMemo<PrintContextValue>(
    () => ({
      printable,
      mode,
      paper: search.paper ?? defaults.paper,
      isLargePrint: search.large === true,
      language,
      t: i18n.getFixedT(language),
      locale: dateLocale(language, navigator.languages, defaults.region),
      dir: i18n.dir(language) === 'rtl' ? 'rtl' : 'ltr',
      today: defaults.today,
      search,
      setSearch,
    }),
    [printable, mode, search, setSearch, defaults, language, i18n],
  );
  const module = PRINTABLE_MODULES[printable];
  const title = t(`print.printables.${printable}.title`);
  return (
    <PrintContext.Provider value={value}>
      <div className="print-screen">
        <div className="screen-only">
          <p className="print-screen__back">
            <a href={backHref}>
              {t(mode === 'public' ? 'print.backToStation' : 'print.backToCentre')}
            </a>
          </p>
          <PageHeader title={title} intro={t(`print.printables.${printable}.description`)} />
          {mode === 'public' && !PRINTABLES[printable].isPublic ? null : (
            <>
              <PrintOptions value={value} />
              <ScreenButtons fallbackTitle={title} />
            </>
          )}
          <h2 id="print-preview-heading" className="print-screen__preview-heading">
            {t('print.preview')}
          </h2>
        </div>
        {/* A long printout scrolls in its box: focusable, so the keyboard can scroll it too. */}
        <div
          className="print-preview"
          role="region"
          aria-labelledby="print-preview-heading"
          tabIndex={0}
        >
          <PrintDocument>
            <module.Document />
          </PrintDocument>
        </div>
      </div>
    </PrintContext.Provider>
  );
}
