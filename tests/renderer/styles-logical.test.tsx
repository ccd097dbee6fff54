import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/*
 * Arabic pages run right to left: a property tied to a physical side (margin-left, text-align:
 * right…) puts things on the wrong side there. Stylesheets use logical properties instead
 * (margin-inline-start, text-align: end…), and this test keeps it that way.
 */
const STYLES = path.join(__dirname, '../../renderer/styles');

const PHYSICAL = [
  /(?:^|[\s;{])(?:margin|padding|border)-(?:left|right)(?:-[a-z]+)?\s*:/,
  /(?:^|[\s;{])(?:left|right)\s*:/,
  /(?:^|[\s;{])border-(?:top|bottom)-(?:left|right)-radius\s*:/,
  /(?:^|[\s;{])text-align\s*:\s*(?:left|right)\b/,
  /(?:^|[\s;{])(?:float|clear)\s*:\s*(?:left|right)\b/,
];

/**
 * Physical sides that are right on purpose, as `file: declaration` with the reason. Keep it short:
 * every entry is a place that does not mirror in Arabic.
 */
const EXCEPTIONS: Record<string, string> = {};

function withoutComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
}

function physicalDeclarations(file: string, css: string): string[] {
  return withoutComments(css)
    .split('\n')
    .flatMap((line, index) =>
      PHYSICAL.some((pattern) => pattern.test(line))
        ? [`${file}:${index + 1}: ${line.trim()}`]
        : [],
    );
}

describe('stylesheets', () => {
  it('use logical properties only, so Arabic pages mirror', () => {
    const found = readdirSync(STYLES)
      .filter((name) => name.endsWith('.css'))
      .flatMap((name) => physicalDeclarations(name, readFileSync(path.join(STYLES, name), 'utf8')))
      .filter((line) => !(line.replace(/:\d+:/, ':') in EXCEPTIONS));
    expect(found).toEqual([]);
  });

  it('notice a physical side wherever it is written', () => {
    const css = [
      '.a { margin-left: 1px; }',
      '.b {',
      '  padding-right: 0;',
      '  border-left-width: 2px;',
      '  right: 0;',
      '  text-align: left;',
      '  float: right;',
      '  border-top-left-radius: 2px;',
      '}',
      '/* margin-left: in a comment is fine */',
      '.c { margin-inline-start: 1px; text-align: start; inset-inline-end: 0; }',
    ].join('\n');
    expect(physicalDeclarations('x.css', css).map((line) => line.split(':')[1])).toEqual([
      '1',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
    ]);
  });
});
