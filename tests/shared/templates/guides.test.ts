import { GROUP_FOCUSES } from '../../../shared/domain/groups';
import { translate } from '../../../shared/i18n';
import {
  guideTemplate,
  guideTemplateText,
  parseGuide,
  planGuide,
} from '../../../shared/templates/guides';

const english = (key: string) => translate('en', key);
const spanish = (key: string) => translate('es', key);

describe('facilitator guide templates', () => {
  it('gives every focus its own welcome and check-in question, in words, never a message key', () => {
    const guides = GROUP_FOCUSES.map((focus) => guideTemplate(focus, english));
    for (const guide of guides) {
      for (const text of Object.values(guide)) {
        expect(text).not.toMatch(/guideTemplates\./);
        expect(text.length).toBeGreaterThan(20);
      }
    }
    expect(new Set(guides.map((guide) => guide.checkIn)).size).toBe(GROUP_FOCUSES.length);
    expect(new Set(guides.map((guide) => guide.opening)).size).toBe(GROUP_FOCUSES.length);
    expect(guideTemplate('grief', english).opening).toContain('loss of someone close');
    expect(guideTemplate('grief', english).opening).toContain('What is said here stays here.');
    expect(guideTemplate('grief', spanish).checkIn).toContain('Díganos su nombre');
  });

  it('writes the template for the form under label lines that read back as the same guide', () => {
    const text = guideTemplateText('trauma', english);
    expect(text.split('\n')[0]).toBe('Opening');
    expect(text).toContain('\n\nCheck-in\n');
    expect(parseGuide(text)).toEqual(guideTemplate('trauma', english));
    expect(parseGuide(guideTemplateText('trauma', spanish))).toEqual(
      guideTemplate('trauma', spanish),
    );
  });

  it('reads a guide edited by hand: labels in any language and case, with or without a colon', () => {
    const guide = parseGuide(
      'Welcome to our circle.\n\nCIERRE:\nSee you next week.\n\ncheck-in:\nOne word for today?',
    );
    expect(guide).toEqual({
      opening: 'Welcome to our circle.',
      checkIn: 'One word for today?',
      closing: 'See you next week.',
    });
  });

  it('reads a guide without labels by its paragraphs', () => {
    expect(parseGuide('Hello all.\n\nHow are you?\n\nThank you.\n\nGo gently.')).toEqual({
      opening: 'Hello all.',
      checkIn: 'How are you?',
      closing: 'Thank you.\n\nGo gently.',
    });
  });

  it('prints the group’s own guide, and the template in the printout’s language for what it leaves out', () => {
    const plan = planGuide(
      'Opening\nOur own welcome.\n\nCheck-in\nOur question?',
      'grief',
      spanish,
    );
    expect(plan.opening).toBe('Our own welcome.');
    expect(plan.checkIn).toBe('Our question?');
    expect(plan.closing).toBe(guideTemplate('grief', spanish).closing);
    expect(planGuide('', 'parenting', english)).toEqual(guideTemplate('parenting', english));
  });
});
