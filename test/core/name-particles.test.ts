/**
 * A speaker's tag in capitals becomes a display name in title case; the particles of European
 * and Arabic names stay in lower case inside the name, and a generational suffix is `Jr.`/`Sr.`,
 * as the style guides write these names.
 */
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';

const nameOf = (tag: string) =>
  formatTranscript(`${tag}: We will look at the figures again next week.`).speakers[0]?.name;

describe('a name in capitals, written as its owner writes it', () => {
  it.each([
    ['URSULA VON DER LEYEN', 'Ursula von der Leyen'],
    ['CHARLES DE GAULLE', 'Charles de Gaulle'],
    ['LUIZ INÁCIO LULA DA SILVA', 'Luiz Inácio Lula da Silva'],
    ['MOHAMMED BIN SALMAN', 'Mohammed bin Salman'],
    ['JAN VAN DER BERG', 'Jan van der Berg'],
    ['MARTIN LUTHER KING JR.', 'Martin Luther King Jr.'],
    ['JOHN SMITH III', 'John Smith III'],
    ['HENRY FORD II', 'Henry Ford II'],
    ['JOHN SMITH SR.', 'John Smith Sr.'],
    ['John Smith Sr.', 'John Smith Sr.'],
  ])('%s → %s', (tag, name) => {
    expect(nameOf(tag)).toBe(name);
  });

  it.each([
    // A particle that opens the name or is its last word is a name of its own.
    ['VAN MORRISON', 'Van Morrison'],
    ['DE LA CRUZ', 'De la Cruz'],
    ['ANNA DA', 'Anna Da'],
    // A name in mixed case is kept as written.
    ['Ursula Von Der Leyen', 'Ursula Von Der Leyen'],
  ])('%s → %s', (tag, name) => {
    expect(nameOf(tag)).toBe(name);
  });
});

describe('a script’s continuation mark after the name', () => {
  it.each([
    ["JANE DOE (CONT'D)", 'Jane Doe'],
    ['JANE DOE (CONT’D)', 'Jane Doe'],
    ['JANE DOE (CONTINUED)', 'Jane Doe'],
    ['Jane Doe (cont.)', 'Jane Doe'],
  ])('%s is %s, no title', (tag, name) => {
    const doc = formatTranscript(
      `${tag}: We will look at the figures again next week.\n\nTOM BECKER: Thanks.`,
    );
    expect(doc.speakers[0]?.name).toBe(name);
    expect(doc.speakers[0]?.title).toBeNull();
  });

  it('COUNTER: a lone courtesy title after a first name is no generation', () => {
    expect(nameOf('JOHN SR.')).toBeUndefined();
  });
});
