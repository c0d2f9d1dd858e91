/**
 * Broadcast newsroom scripts and radio (round 23): outlets in a reporter's tag, a phone-in's
 * numbered callers, timecode lines, a Reuters `STORY:` line, Nordic scripts' cues, a reader cue
 * handing back to the studio, AP's `SOUNDBITE:` with a colon.
 */
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';

const speakerOf = (text: string, words: string) => {
  const doc = formatTranscript(text);
  const block = doc.blocks.find((b) => b.text.startsWith(words));
  return doc.speakers.find((s) => s.id === block?.speaker) ?? null;
};
const blocks = (text: string) => {
  const doc = formatTranscript(text);
  const who = (id: string | null) => {
    const s = doc.speakers.find((x) => x.id === id);
    return s ? (s.name ?? s.role) : null;
  };
  return doc.blocks.map((b) => [b.type, who(b.speaker), b.text]);
};

describe('a newsroom role with its outlet: the outlet is the title, not a name', () => {
  const story = (tag: string) =>
    `LIBRARY VOTE\n\n${tag}: The council voted last night to close two branch libraries.\n\nMAYOR DANA ORTIZ: We simply do not have the money this year.\n\n${tag}: The closures take effect in March.\n`;

  it.each([
    ['KXYZ NEWS REPORTER', 'reporter', 'KXYZ NEWS'],
    ['NBC NEWS CORRESPONDENT', 'correspondent', 'NBC NEWS'],
    ['WXYZ-TV REPORTER', 'reporter', 'WXYZ-TV'],
    ['CHANNEL 9 NEWS ANCHOR', 'anchor', 'CHANNEL 9 NEWS'],
    ['FOX 5 REPORTER', 'reporter', 'FOX 5'],
  ])('`%s:` is the %s of %s', (tag, role, outlet) => {
    const doc = formatTranscript(story(tag));
    expect(speakerOf(story(tag), 'The council')).toMatchObject({ name: null, role, title: outlet });
    expect(speakerOf(story(tag), 'The closures')?.role).toBe(role);
    expect(doc.speakers).toHaveLength(2);
  });

  it.each([
    ['REPORTER JOHN SMITH', 'reporter', null],
    ['REPORTER JOHN SMITH, KXYZ NEWS', 'reporter', 'KXYZ NEWS'],
    ['CBS NEWS CORRESPONDENT JOHN SMITH', 'correspondent', 'CBS NEWS'],
    ['ANCHOR JOHN SMITH', 'anchor', null],
  ])('`%s:` is John Smith, the %s', (tag, role, title) => {
    expect(speakerOf(story(tag), 'The council')).toMatchObject({ name: 'John Smith', role, title });
  });

  it('COUNTER: an office before a name, and a role alone, read as before', () => {
    expect(speakerOf(story('REPORTER'), 'The council')).toMatchObject({
      name: null,
      role: 'reporter',
      title: null,
    });
    expect(speakerOf(story('REPORTER'), 'We simply')).toMatchObject({
      name: 'Dana Ortiz',
      title: 'Mayor',
    });
  });

  it('COUNTER: a name before a role word that is no outlet is not split', () => {
    const doc = formatTranscript(story('SENIOR REPORTER'));
    expect(doc.speakers.some((s) => s.title === 'SENIOR')).toBe(false);
  });
});

describe('a phone-in’s numbered callers: one voice a number, the role caller', () => {
  const show = [
    'TALKBACK - FUEL PRICES',
    '',
    'HOST: Lines are open. First up, caller one.',
    '',
    'CALLER 1: I paid two dollars a litre this morning.',
    '',
    'HOST: Caller two?',
    '',
    'CALLER #2: My brother drives a truck.',
    '',
    'HOST: And a listener in the north.',
    '',
    'LISTENER 3: We have one station for eighty kilometres.',
    '',
    'CALLER 1: Can I add something?',
  ].join('\n');

  it('CALLER 1, CALLER #2 and LISTENER 3 are unnamed callers with their numbers', () => {
    expect(speakerOf(show, 'I paid')).toMatchObject({ name: null, role: 'caller #1' });
    expect(speakerOf(show, 'My brother')).toMatchObject({ name: null, role: 'caller #2' });
    expect(speakerOf(show, 'We have one')).toMatchObject({ name: null, role: 'caller #3' });
  });

  it('the same number is the same caller when they come back', () => {
    expect(speakerOf(show, 'Can I add')?.id).toBe(speakerOf(show, 'I paid')?.id);
    expect(formatTranscript(show).speakers).toHaveLength(4);
  });

  it('COUNTER: a transcription service’s `Speaker 1` keeps its label as the name', () => {
    const text = 'Speaker 1: Hello there.\n\nSpeaker 2: Hi.\n\nSpeaker 1: How are you?';
    expect(speakerOf(text, 'Hello')?.name).toBe('Speaker 1');
  });
});

describe('timecode lines of a local script (TCIN, TCOUT, TC) are directions, no speaker', () => {
  const script = (line: string) =>
    `BRIDGE REPAIRS\n\nANCHOR: The bridge will close for six weeks starting Monday.\n\n${line}\nThe deck is forty years old and it is time.\n\nANCHOR: Detours will be posted.\n`;

  it.each([
    ['TCIN 00:02:10 TCOUT 00:02:25'],
    ['TCIN 00:02:10 / TCOUT 00:02:25'],
    ['TCIN 00:02:10 TCOUT: 00:02:25'],
    ['TCIN=00:02:10'],
    ['TCOUT 00:02:25'],
    ['TC 00:02:10'],
  ])('`%s` is a direction and names no one', (line) => {
    const doc = formatTranscript(script(line));
    expect(doc.blocks.find((b) => b.line === 5)).toMatchObject({ type: 'direction', text: line });
    expect(doc.speakers.map((s) => s.role)).toEqual(['anchor']);
  });

  it('COUNTER: a name over its time (`Jane Doe 00:02:10`) is still a speaker', () => {
    const text =
      'Jane Doe 00:00:05\nThe bridge will close on Monday.\n\nTom Roe 00:00:12\nFor how long?\n';
    expect(speakerOf(text, 'For how long')?.name).toBe('Tom Roe');
  });
});

describe('a Reuters video script’s STORY: line: the label a direction, the words narration', () => {
  const reuters = [
    'CITY-FLOODS/',
    'Floods cut off river town',
    '',
    'SHOWS: RIVERTON (MARCH 3, 2025) (REUTERS - ACCESS ALL)',
    '',
    '1. VARIOUS OF FLOODED STREET',
    '2. (SOUNDBITE) (English) RESIDENT, AMY COLE, SAYING:',
    '"The water came in overnight."',
    '',
    'STORY: Floodwater cut off the town of Riverton on Monday (March 3) after two days of rain.',
    '',
    'Rescue crews used boats to reach stranded residents.',
  ].join('\n');

  it('splits the label from the story’s first words', () => {
    const out = blocks(reuters);
    const at = out.findIndex((b) => b[2] === 'STORY');
    expect(out[at]).toEqual(['direction', null, 'STORY']);
    expect(out[at + 1]).toEqual([
      'narration',
      null,
      'Floodwater cut off the town of Riverton on Monday (March 3) after two days of rain.',
    ]);
  });

  it('COUNTER: an iNEWS story form’s `STORY: HARBOR FERRY` stays the form’s field', () => {
    const doc = formatTranscript(
      'STORY: HARBOR FERRY\nPAGE: A4\nTALENT: MARCUS\n\n[READER]\nThe ferry is back in service.',
    );
    expect(doc.blocks[0]).toMatchObject({ type: 'note', text: 'STORY: HARBOR FERRY' });
  });
});

describe('Nordic scripts: the anchor’s lead-in (ANNONSE, OPLÆG), the package’s voice-over (SPEAKER)', () => {
  const no = [
    'ANNONSE:',
    'Et stort lagerbygg brant ned i Bergen havn i natt. Ingen ble skadet.',
    '',
    'INNSLAG',
    '',
    'SPEAKER:',
    'Brannen startet like etter midnatt. Over seksti brannfolk var i arbeid.',
    '',
    'INTERVJU: ODD HANSEN, BRANNSJEF',
    'Vi fikk kontroll rundt klokka fem.',
    '',
    'SPEAKER: Politiet har startet etterforskning av brannårsaken.',
  ].join('\n');

  it('Norwegian ANNONSE: is the anchor’s; SPEAKER: is a cue over the package’s narration', () => {
    expect(blocks(no)).toEqual([
      ['speech', 'anchor', 'Et stort lagerbygg brant ned i Bergen havn i natt. Ingen ble skadet.'],
      ['direction', null, 'INNSLAG'],
      ['direction', null, 'SPEAKER'],
      [
        'narration',
        null,
        'Brannen startet like etter midnatt. Over seksti brannfolk var i arbeid.',
      ],
      ['direction', null, 'INTERVJU: ODD HANSEN, BRANNSJEF'],
      ['speech', 'Odd Hansen', 'Vi fikk kontroll rundt klokka fem.'],
      ['direction', null, 'SPEAKER'],
      ['narration', null, 'Politiet har startet etterforskning av brannårsaken.'],
    ]);
    expect(formatTranscript(no).language).toBe('nb');
  });

  it('Danish OPLÆG: is the anchor’s lead-in, never a person named Oplæg', () => {
    const da =
      'OPLÆG:\nEt stort lager brændte i nat ved havnen i Aarhus.\n\nINDSLAG\n\nSPEAKER: Branden startede lidt efter midnat.';
    expect(speakerOf(da, 'Et stort')?.role).toBe('anchor');
    expect(blocks(da).at(-1)).toEqual(['narration', null, 'Branden startede lidt efter midnat.']);
  });

  it('COUNTER: without a Nordic cue, SPEAKER: is a parliament’s Speaker', () => {
    const text = 'SPEAKER: Order, order. The question is that the bill be read a second time.';
    expect(blocks(text)[0]?.[0]).toBe('speech');
  });
});

describe('a reader cue in parentheses (`(JANE)`) hands back to the studio', () => {
  it('the reporter’s turn ends at the cue; the copy under it is the studio’s', () => {
    const text = [
      '(JANE)',
      'THE BRIDGE WILL CLOSE FOR SIX WEEKS.',
      '',
      'TAKE PKG',
      'SUPER: OLD STREET',
      '',
      'REPORTER: Crews will work overnight to keep the detour short.',
      '',
      '(JANE)',
      'THE CITY SAYS IT SHOULD REOPEN IN MAY.',
    ].join('\n');
    expect(blocks(text).slice(-2)).toEqual([
      ['direction', null, 'JANE'],
      ['narration', null, 'THE CITY SAYS IT SHOULD REOPEN IN MAY.'],
    ]);
  });
});

describe('AP’s SOUNDBITE: with a colon after the word', () => {
  const ap = (lead: string) =>
    [
      'SHOTLIST:',
      '1. Wide of city council chamber',
      `2. ${lead} Rosa Delgado, Council President:`,
      '"We heard from hundreds of residents."',
      '3. Exterior of bus depot',
      '',
      'STORYLINE:',
      'The council voted on Tuesday to buy new buses.',
    ].join('\n');

  it.each([['SOUNDBITE: (English)'], ['SOUNDBITE:'], ['SOUNDBITE (English)']])(
    '`%s Name, title:` names the bite below',
    (lead) => {
      const speaker = speakerOf(ap(lead), 'We heard');
      expect(speaker).toMatchObject({ name: 'Rosa Delgado', title: 'Council President' });
      expect(speaker?.aliases[0]).toBe(`2. ${lead} Rosa Delgado, Council President`);
    },
  );
});

describe('Dutch scripts: the anchor’s AANKONDIGING and AFKONDIGING', () => {
  const nl = [
    'AANKONDIGING:',
    'In de haven van Rotterdam is vannacht een groot pakhuis afgebrand.',
    '',
    'REPORTAGE',
    '',
    'De brand begon kort na middernacht.',
    '',
    'AFKONDIGING:',
    'De politie onderzoekt de oorzaak.',
  ].join('\n');

  it('the lead-in and the back-announcement are the anchor’s, no one named Aankondiging', () => {
    expect(speakerOf(nl, 'In de haven')?.role).toBe('anchor');
    expect(speakerOf(nl, 'De politie')?.role).toBe('anchor');
    expect(formatTranscript(nl).speakers.map((s) => s.name)).toEqual([null]);
  });
});

describe('a short script’s anchor cue tells its own language, not German', () => {
  it.each([
    ['ANNONSE:', 'nb'],
    ['AANKONDIGING:', 'nl'],
    ['ENTRADILLA:', 'es'],
  ])('`%s` over a line of copy: %s', (cue, language) => {
    const doc = formatTranscript(
      `${cue}\nBrann i Bergen.\n\nINTERVJU: ODD HANSEN, BRANNSJEF\nKontroll.`,
    );
    expect(doc.language).toBe(language);
  });
});

describe('newsroom role words as scripts shorten them, and the desk before a role', () => {
  const story = (tag: string) =>
    `FLOODS\n\n${tag}: The river rose two metres overnight.\n\nMAYOR DANA ORTIZ: We do not have the money.\n\n${tag}: The clean-up starts Monday.\n`;

  it.each([
    ['PRES', 'presenter', null],
    ['ANCH', 'anchor', null],
    ['CORR', 'correspondent', null],
    ['NEWSREADER', 'announcer', null],
    ['METEOROLOGIST', 'meteorologist', null],
    ['SPORTS ANCHOR', 'anchor', 'SPORTS'],
    ['WEATHER ANCHOR', 'anchor', 'WEATHER'],
  ])('`%s:` is the %s', (tag, role, title) => {
    expect(speakerOf(story(tag), 'The river')).toMatchObject({ name: null, role, title });
  });

  it('COUNTER: `PRES.` before a name is the rank, President', () => {
    expect(speakerOf(story('PRES. JANE ROE'), 'The river')).toMatchObject({
      name: 'Jane Roe',
      title: 'President',
    });
  });
});

describe('an Australian radio script: numbered grabs and the reader’s field', () => {
  const script = [
    'HARBOUR FIRE',
    'READ: ANNA',
    '',
    'INTRO',
    'A fire has destroyed three boatsheds at the harbour overnight.',
    '',
    'GRAB 1: FIRE CHIEF ANNA REED',
    '"We got the call just after midnight."',
    'DUR: 0:08',
    '',
    'GRAB #2: TOM LEE, BOAT OWNER (0:06)',
    '"I\'ve lost everything I had in there."',
  ].join('\n');

  it('GRAB 1: and GRAB #2: name the bite below, as GRAB: does', () => {
    expect(speakerOf(script, 'We got')).toMatchObject({ name: 'Anna Reed', title: 'Fire Chief' });
    expect(speakerOf(script, 'I’ve lost')?.name).toBe('Tom Lee');
  });

  it('READ: ANNA is the story form’s reader, no heading', () => {
    const doc = formatTranscript(script);
    expect(doc.blocks[1]).toMatchObject({ type: 'note', text: 'READ: ANNA' });
  });

  it('COUNTER: READ: over a sentence is the copy', () => {
    const doc = formatTranscript('READ: The council met tonight.\n\nHOST: Thanks.\n');
    expect(doc.blocks[0]?.type).toBe('narration');
  });
});
