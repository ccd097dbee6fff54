import type { CSSProperties } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { TFunction } from 'i18next';
import type { Group } from '../../../shared/domain/groups';
import { groundRulesOf } from '../../../shared/templates/ground-rules';
import { StatusNote } from '../../ui/Alert';
import { PrintSheet } from '../PrintDocument';
import { usePrint } from '../print-context';
import { useFitToPage } from '../use-fit-to-page';
import { GroupPageStatus } from './GroupPageStatus';
import { usePosterGroup } from './poster-data';

/** The poster's type at full size, in points: large print anyway, larger when asked. */
const BASE_POINTS = { regular: 22, large: 28 };
/** A few short rules grow a little; many long ones shrink until they fit. */
const FIT = { min: 0.25, max: 1.3 };
/** Below this the poster is no longer large print (the print centre's own large print size). */
const LARGE_PRINT_POINTS = 16;

/** The group's own rules, or the default ones for its focus and format, in `t`'s language. */
export function groundRulesText(
  group: Pick<Group, 'groundRules' | 'focus' | 'format'>,
  t: TFunction,
): { isDefault: boolean; rules: string[] } {
  const rules = groundRulesOf(group);
  return rules.source === 'group'
    ? { isDefault: false, rules: rules.rules }
    : { isDefault: true, rules: rules.keys.map((key) => t(`ruleTemplates.rules.${key}`)) };
}

/**
 * One page of a group's ground rules, to put up in the room (and in "Everything for a meeting"):
 * its name, the rules numbered, in type as large as the page allows.
 */
export function GroundRulesSheet({ group }: { group: Group }) {
  const { t, paper, isLargePrint, language } = usePrint();
  const screen = useTranslation().t;
  const { isDefault, rules } = groundRulesText(group, t);
  const base = isLargePrint ? BASE_POINTS.large : BASE_POINTS.regular;
  const { ref: fitRef, scale } = useFitToPage<HTMLDivElement>(
    JSON.stringify([paper, isLargePrint, language, group.name, rules]),
    FIT,
  );
  const isShrunkBelowLargePrint = base * scale < LARGE_PRINT_POINTS;
  return (
    <>
      {(isDefault || isShrunkBelowLargePrint) && (
        <div className="screen-only group-page__notes">
          {isDefault && <StatusNote>{screen('printGroup.poster.defaultNote')}</StatusNote>}
          {isShrunkBelowLargePrint && (
            <StatusNote>{screen('printGroup.poster.tooLong')}</StatusNote>
          )}
        </div>
      )}
      <PrintSheet isOnePage>
        <div
          className="poster"
          ref={fitRef}
          style={{ '--poster-points': `${base}pt` } as CSSProperties}
        >
          <p className="poster__group">{group.name}</p>
          <h1 className="poster__title">{t('printGroup.poster.title')}</h1>
          <ol className="poster__rules">
            {rules.map((rule, index) => (
              <li key={index}>{rule}</li>
            ))}
          </ol>
          <p className="poster__thanks">{t('printGroup.poster.thanks')}</p>
        </div>
      </PrintSheet>
    </>
  );
}

/** The ground rules poster (issue 11): exactly one page, large print. */
export function GroundRulesPoster() {
  const state = usePosterGroup();
  return state.status === 'ready' ? (
    <GroundRulesSheet group={state.data} />
  ) : (
    <GroupPageStatus state={state} />
  );
}

export function usePosterFileTitle(): string {
  const { t } = usePrint();
  const state = usePosterGroup();
  return state.status === 'ready'
    ? t('printGroup.poster.fileTitle', { name: state.data.name })
    : t('print.printables.ground-rules.title');
}
