// The facilitator guide (issue 11 item 3): the opening words, check-in question and closing words
// the session plan prints. Each focus has a default (the words live in the 'guideTemplates' i18n
// block); a coordinator adapts it per group in the group form, and the plan reads that back.
import type { GroupFocus } from '../domain/groups';
import { catalogues } from '../i18n';

/** A translation function in the printout's (or the form's) language. */
export type Translate = (key: string) => string;

export const GUIDE_PARTS = ['opening', 'checkIn', 'closing'] as const;
export type GuidePart = (typeof GUIDE_PARTS)[number];
export type Guide = Record<GuidePart, string>;

/** Which messages make each part of the default guide for a focus, in reading order. */
export function guideTemplateKeys(focus: GroupFocus): Record<GuidePart, string[]> {
  return {
    opening: [
      'guideTemplates.opening.welcome',
      `guideTemplates.focus.${focus}`,
      'guideTemplates.opening.confidentiality',
    ],
    checkIn: [`guideTemplates.checkIn.${focus}`],
    closing: ['guideTemplates.closing.thanks', 'guideTemplates.closing.support'],
  };
}

export function guideTemplate(focus: GroupFocus, t: Translate): Guide {
  const keys = guideTemplateKeys(focus);
  const part = (name: GuidePart) => keys[name].map((key) => t(key)).join(' ');
  return { opening: part('opening'), checkIn: part('checkIn'), closing: part('closing') };
}

/**
 * The default guide as the group form's text: each part under its label line, so that a
 * coordinator sees what goes where and the plan can find the parts again after edits.
 */
export function guideTemplateText(focus: GroupFocus, t: Translate): string {
  const guide = guideTemplate(focus, t);
  return GUIDE_PARTS.map((part) => `${t(`guideTemplates.sections.${part}`)}\n${guide[part]}`).join(
    '\n\n',
  );
}

// A guide may be written in any of the app's languages, whatever the printout's: its label lines
// are recognised in all of them ("Opening", "Apertura"…), ignoring case and a trailing colon.
const LABELS = new Map<string, GuidePart>(
  Object.values(catalogues).flatMap((catalogue) =>
    GUIDE_PARTS.map(
      (part) => [normalLabel(catalogue.guideTemplates.sections[part]), part] as const,
    ),
  ),
);

function normalLabel(line: string): string {
  return line.trim().replace(/:$/, '').trim().toLocaleLowerCase();
}

/**
 * A group's own guide, split into its parts. Text under a label line belongs to that part; a
 * guide with no label lines at all is read by paragraphs: the first is the opening, the second
 * the check-in, the rest the closing. A part left out is empty.
 */
export function parseGuide(text: string): Guide {
  const guide: Guide = { opening: '', checkIn: '', closing: '' };
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const hasLabels = lines.some((line) => LABELS.has(normalLabel(line)));
  if (!hasLabels) {
    const paragraphs = text
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .filter(Boolean);
    guide.opening = paragraphs[0] ?? '';
    guide.checkIn = paragraphs[1] ?? '';
    guide.closing = paragraphs.slice(2).join('\n\n');
    return guide;
  }
  let current: GuidePart = 'opening';
  const parts: Record<GuidePart, string[]> = { opening: [], checkIn: [], closing: [] };
  for (const line of lines) {
    const label = LABELS.get(normalLabel(line));
    if (label) current = label;
    else parts[current].push(line);
  }
  for (const part of GUIDE_PARTS) guide[part] = parts[part].join('\n').trim();
  return guide;
}

/**
 * What the session plan prints: the group's own guide, part by part, and the default for its
 * focus (in the printout's language) wherever the group's guide leaves a part empty.
 */
export function planGuide(groupGuide: string, focus: GroupFocus, t: Translate): Guide {
  const own = parseGuide(groupGuide);
  const template = guideTemplate(focus, t);
  return {
    opening: own.opening || template.opening,
    checkIn: own.checkIn || template.checkIn,
    closing: own.closing || template.closing,
  };
}
