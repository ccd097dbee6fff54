import { render, screen } from '@testing-library/react';
import { isolateLtr, LtrText } from '../../../renderer/ui/LtrText';

describe('LtrText', () => {
  it('keeps a phone number left to right and isolated inside right-to-left text', () => {
    render(
      <p dir="rtl">
        اتصل <LtrText className="phone">+44 20 7946 0000</LtrText>
      </p>,
    );
    const phone = screen.getByText('+44 20 7946 0000');
    expect(phone.tagName).toBe('BDI');
    expect(phone.getAttribute('dir')).toBe('ltr');
    expect(phone.className).toBe('phone');
  });

  it('wraps a value for a translated sentence in left-to-right isolate marks', () => {
    expect(isolateLtr('+44 20 7946 0000')).toBe('\u2066+44 20 7946 0000\u2069');
  });
});
