// What the session plan takes from longer lists, so it always fits its one page.
import type { Resource } from '../../../shared/domain/resources';

/** Ground rules on the plan: a reminder; the poster holds them in full. */
export const PLAN_RULES = 5;
/** Referral contacts on the plan; the resource sheet lists the rest. */
export const PLAN_RESOURCES = 4;

const DEFAULT_RULE_KEYS = [
  'confidential',
  'oneAtATime',
  'ownExperience',
  'noAdvice',
  'phones',
] as const;

/**
 * The first rules of a group's own text, one per line (list marks such as "-", "•" or "3." are
 * dropped), or a short default when it has none.
 */
export function planRules(groundRules: string, t: (key: string) => string): string[] {
  const own = groundRules
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s*/, '').trim())
    .filter(Boolean);
  const rules =
    own.length > 0
      ? own
      : DEFAULT_RULE_KEYS.map((key) => t(`printSession.plan.defaultRules.${key}`));
  return rules.slice(0, PLAN_RULES);
}

/** Crisis lines first (someone in danger tonight needs them first), then the rest, as listed. */
export function planResources(resources: readonly Resource[]): {
  shown: Resource[];
  hasMore: boolean;
} {
  const ordered = [
    ...resources.filter((resource) => resource.isCrisisLine),
    ...resources.filter((resource) => !resource.isCrisisLine),
  ];
  return {
    shown: ordered.slice(0, PLAN_RESOURCES),
    hasMore: ordered.length > PLAN_RESOURCES,
  };
}
