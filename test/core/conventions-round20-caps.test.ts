/**
 * Caption and speech-to-text conventions of round 20, each tested on cases written for these
 * tests in its convention: SDH scripts' one-word speaker IDs in brackets, a speaker's mark after
 * a sound opening a cue line, sounds described in the middle of a caption line; the sounds
 * speech-to-text services tag (Rev.ai's `<laugh>` elements, Speechmatics' `audio_events`).
 */
import { describe, expect, it } from 'vitest';
import type { ScriptDocument } from '../../src/core/document.ts';
import { readAsrWords } from '../../src/ingest/asr/index.ts';
import { detectInputFormat } from '../../src/ingest/index.ts';
import { optionsSchema } from '../../src/options.ts';
import { produce } from '../../src/produce.ts';

function read(text: string): ScriptDocument {
  return produce(text, 'json', optionsSchema().parse({}), detectInputFormat(text)).document;
}

/** Each block as `speaker: text` (`-` for none), directions as `[text]`. */
function turns(doc: ScriptDocument): string[] {
  const names = new Map(doc.speakers.map((s) => [s.id, s.name ?? s.role ?? s.id]));
  return doc.blocks.map((b) =>
    b.type === 'direction' ? `[${b.text}]` : `${b.speaker ? names.get(b.speaker) : '-'}: ${b.text}`,
  );
}

const srt = (...cues: string[]) =>
  cues
    .map(
      (text, i) =>
        `${i + 1}\n00:00:${String(2 * i + 1).padStart(2, '0')},000 --> 00:00:${String(2 * i + 2).padStart(2, '0')},500\n${text}`,
    )
    .join('\n\n');

describe('an SDH script names its speakers by one word in brackets (`[JANE] Where were you?`)', () => {
  it('plain text: the one-word IDs are the speakers, in capitals or capitalised', () => {
    const caps = read(
      '[JANE] Where were you?\n\n[TOM] Out at the pier.\n\n[JANE] All night?\n\n[TOM] Yes.\n',
    );
    expect(turns(caps)).toEqual([
      'Jane: Where were you?',
      'Tom: Out at the pier.',
      'Jane: All night?',
      'Tom: Yes.',
    ]);
    const title = read(
      '[Marek] The ferry left at six.\n\n[Ines] Without us?\n\n[Marek] Without anyone.\n',
    );
    expect(turns(title)).toEqual([
      'Marek: The ferry left at six.',
      'Ines: Without us?',
      'Marek: Without anyone.',
    ]);
  });

  it('a role word is a role, a sound in -ing or the lexicon stays a direction', () => {
    const doc = read(
      '[JANE] Where were you?\n\n[MAN] Get down!\n\n[SCREAMING] Over here!\n\n[JANE] I heard that.\n\n[GUNFIRE] Run.\n',
    );
    const t = turns(doc);
    expect(t[0]).toBe('Jane: Where were you?');
    expect(t[1]).toMatch(/^man: Get down!$/i);
    expect(t).toContain('[SCREAMING]');
    expect(t).toContain('[GUNFIRE]');
    expect(t.some((x) => x.startsWith('Screaming') || x.startsWith('Gunfire'))).toBe(false);
  });

  it('counter-case: one bracketed word opening paragraphs once each is no convention', () => {
    const doc = read('[Update] The road is open.\n\n[Correction] It was the bridge.\n');
    expect(doc.speakers).toEqual([]);
  });
});

describe('a speaker mark after a sound opening a cue line (`[door opens] JOHN: Hello.`)', () => {
  it('SRT: the sound is a direction, the words after the mark are its speaker’s', () => {
    const doc = read(
      srt('JANE: Is someone there?', '[door opens] JOHN: Hello.', '[knocking] [JANE] Come in.'),
    );
    expect(turns(doc)).toEqual([
      'Jane: Is someone there?',
      '[door opens]',
      'John: Hello.',
      '[knocking]',
      'Jane: Come in.',
    ]);
    expect(doc.blocks.map((b) => b.startMs)).toEqual([
      1000,
      3000,
      expect.any(Number),
      5000,
      expect.any(Number),
    ]);
  });

  it('WebVTT: an ID in brackets after a sound in capitals, or a label after a chevron’s sound', () => {
    const vtt = read(
      'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n[JANE] Where were you?\n\n00:00:03.500 --> 00:00:05.000\n[TOM] Out.\n\n00:00:05.500 --> 00:00:08.000\n[SCREAMING] [TOM] Run!\n',
    );
    expect(turns(vtt)).toEqual(['Jane: Where were you?', 'Tom: Out.', '[SCREAMING]', 'Tom: Run!']);
    const chevrons = read(
      srt('>> ANCHOR: The storm is here.', '>> [wind howling] REPORTER: We are at the dock.'),
    );
    // Roles are named in lower case (`anchor`).
    expect(turns(chevrons)).toEqual([
      'anchor: The storm is here.',
      '[wind howling]',
      'reporter: We are at the dock.',
    ]);
  });

  it('plain text: a sound in lower case before a tag is a direction, the tag its speaker’s', () => {
    const doc = read(
      'JANE: Is someone there?\n\n[door opens] JOHN: Hello.\n\n[phone buzzing] Jane Doe: Sorry, one moment.\n\nJOHN: Take it.\n',
    );
    expect(turns(doc)).toEqual([
      'Jane: Is someone there?',
      '[door opens]',
      'John: Hello.',
      '[phone buzzing]',
      'Jane Doe: Sorry, one moment.',
      'John: Take it.',
    ]);
  });

  it('counter-case: a sound before words with no mark leaves the speaker as it was', () => {
    const doc = read(srt('JANE: Wait.', '[door slams] Who was that?'));
    expect(turns(doc)).toEqual(['Jane: Wait.', '[door slams]', 'Jane: Who was that?']);
  });
});

describe('a sound described in the middle of a caption line stays a sound', () => {
  it('SRT and WebVTT, lower case or capitals: the words around it go on in one turn', () => {
    const doc = read(
      srt('JANE: We left [door slams] and ran.', 'TOM: Then [tires screeching] nothing.'),
    );
    expect(turns(doc)).toEqual([
      'Jane: We left',
      '[door slams]',
      'Jane: and ran.',
      'Tom: Then',
      '[tires screeching]',
      'Tom: nothing.',
    ]);
    const vtt = read(
      'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Ana>The crowd [crowd cheers] went wild.\n',
    );
    expect(turns(vtt)).toEqual(['Ana: The crowd', '[crowd cheers]', 'Ana: went wild.']);
    expect(vtt.blocks[1]?.startMs).toBeGreaterThan(1000);
  });

  it('counter-cases: an editor’s insertion, a transcriber’s mark and a name stay in the words', () => {
    const doc = read(
      srt(
        'JANE: He said [the talks] would resume.',
        'TOM: It was [inaudible] at the time.',
        'JANE: Ask [Dr. Okafor] about it.',
      ),
    );
    expect(turns(doc)).toEqual([
      'Jane: He said [the talks] would resume.',
      'Tom: It was [inaudible] at the time.',
      'Jane: Ask [Dr. Okafor] about it.',
    ]);
  });
});

describe('SDH captions: a manner in the label, an ID over the words, a sound inside a song', () => {
  it('`NAME (manner):` in capitals with a manner in lower case is the name’s, the manner its delivery', () => {
    const doc = read(
      srt(
        'JANE: Hello there.',
        'TOM (quietly): Why?',
        'JANE (whispering): Come here.',
        'TOM (angrily): No.',
      ),
    );
    expect(turns(doc)).toEqual(['Jane: Hello there.', 'Tom: Why?', 'Jane: Come here.', 'Tom: No.']);
    expect(doc.blocks.map((b) => b.delivery ?? null)).toEqual([
      null,
      'quietly',
      'whispering',
      'angrily',
    ]);
  });

  it('plain text too: a manner in -ly or -ing after the name is its delivery, not a new speaker', () => {
    const doc = read('TOM: Hello there.\n\nTOM (softly): Why?\n\nJANE (mumbling): Fine.\n');
    expect(turns(doc)).toEqual(['Tom: Hello there.', 'Tom: Why?', 'Jane: Fine.']);
    expect(doc.speakers.map((s) => s.name)).toEqual(['Tom', 'Jane']);
  });

  it('counter-case: a note in capitals or a place stays what it was (`(V.O.)`, `(Italy)`)', () => {
    const doc = read(srt('TOM (V.O.): Later that day.', 'Remember (really): go.'));
    // `Remember (really):` is no label: its words run on in the turn.
    expect(turns(doc)).toEqual(['Tom: Later that day. Remember (really): go.']);
    expect(doc.blocks[0]?.delivery).toBe('voice-over');
  });

  it('an ID in brackets alone on a cue’s line names the words on the lines below it', () => {
    const doc = read(
      srt(
        'TOM: Hello there.',
        '[JANE]\nWhere were you?',
        '[Man]\nOver here!\nQuick!',
        'TOM: Fine.',
      ),
    );
    expect(turns(doc)).toEqual([
      'Tom: Hello there.',
      'Jane: Where were you?',
      'man: Over here! Quick!',
      'Tom: Fine.',
    ]);
  });

  it('counter-case: a sound alone over the words, or an ID alone as a whole cue, names nobody', () => {
    const doc = read(srt('TOM: Hello there.', '[GUNFIRE]\nGet down!', '[JANE]', 'Run.'));
    const t = turns(doc);
    expect(t.slice(0, 3)).toEqual(['Tom: Hello there.', '[GUNFIRE]', 'Tom: Get down!']);
    expect(t.some((x) => x.startsWith('Gunfire'))).toBe(false);
  });

  it('a sound in brackets inside a song’s notes is part of the music, no words said', () => {
    const doc = read(
      srt('TOM: Hello there.', '♪ [singing] La la la ♪', '# [humming] Home again #', 'TOM: Fine.'),
    );
    expect(turns(doc)).toEqual([
      'Tom: Hello there.',
      '[♪ [singing] La la la ♪]',
      '[# [humming] Home again #]',
      'Tom: Fine.',
    ]);
  });
});

describe('WebVTT: two voices’ spans on one cue line', () => {
  it('each span is its voice’s words, in order, the cue’s time shared between them', () => {
    const doc = read(
      'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Jane>Hi there.</v> <v Tom>Hey.</v>\n\n00:00:04.000 --> 00:00:06.000\n<v.loud Jane>Where were you?</v><v Tom Lee>Out.</v>\n',
    );
    expect(turns(doc)).toEqual([
      'Jane: Hi there.',
      'Tom: Hey.',
      'Jane: Where were you?',
      'Tom Lee: Out.',
    ]);
    const starts = doc.blocks.map((b) => b.startMs ?? 0);
    expect(starts[0]).toBe(1000);
    expect(starts[1]).toBeGreaterThan(1000);
    expect(starts[1]).toBeLessThan(4000);
  });

  it('counter-case: one voice on the line, or `<v` in no tag, is read as before', () => {
    const doc = read(
      'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Jane>Hi <b>there</b>.</v>\n\n00:00:04.000 --> 00:00:06.000\n<v Tom>So x&lt;v y.\n',
    );
    expect(turns(doc)).toEqual(['Jane: Hi there.', 'Tom: So x<v y.']);
  });
});

describe('sounds a speech-to-text service tags are sounds, not words', () => {
  const rev = (sound: string) => ({
    monologues: [
      {
        speaker: 0,
        elements: [
          { type: 'text', value: 'The', ts: 0.1, end_ts: 0.3, confidence: 1 },
          { type: 'punct', value: ' ' },
          { type: 'text', value: 'pier', ts: 0.31, end_ts: 0.6, confidence: 1 },
          { type: 'punct', value: '.' },
          { type: 'punct', value: ' ' },
          { type: 'unknown', value: sound },
          { type: 'punct', value: ' ' },
          { type: 'text', value: 'Closed', ts: 1.4, end_ts: 1.9, confidence: 1 },
          { type: 'punct', value: '.' },
        ],
      },
      { speaker: 1, elements: [{ type: 'text', value: 'Why?', ts: 2.1, end_ts: 2.5 }] },
    ],
  });

  it('Rev.ai: a sound tagged `<laugh>` or `<cough>` is a direction in its turn', () => {
    for (const sound of ['<laugh>', '<cough>']) {
      const doc = read(JSON.stringify(rev(sound)));
      expect(turns(doc)).toEqual([
        'Speaker 1: The pier.',
        `[${sound.slice(1, -1)}]`,
        'Speaker 1: Closed.',
        'Speaker 2: Why?',
      ]);
    }
  });

  it('counter-case: Rev.ai’s `<inaudible>` is still a dropped marker, never a sound or a word', () => {
    const doc = read(JSON.stringify(rev('<inaudible>')));
    expect(turns(doc)).toEqual(['Speaker 1: The pier. Closed.', 'Speaker 2: Why?']);
    expect(doc.messages.some((m) => m.ruleId === 'asr-tool-markers')).toBe(true);
  });

  const word = (content: string, start: number, speaker: string, type = 'word') => ({
    alternatives: [{ content, confidence: 1, language: 'en', speaker }],
    start_time: start,
    end_time: start + (type === 'word' ? 0.3 : 0),
    type,
    ...(type === 'punctuation' ? { attaches_to: 'previous', is_eos: true } : {}),
  });

  it('Speechmatics: `audio_events` (music, laughter) take their places among the words by time', () => {
    const json = {
      format: '2.9',
      metadata: { transcription_config: { language: 'en', diarization: 'speaker' } },
      results: [
        word('Welcome', 0.1, 'S1'),
        word('back', 0.5, 'S1'),
        word('.', 0.8, 'S1', 'punctuation'),
        word('Thanks', 4.2, 'S2'),
        word('.', 4.5, 'S2', 'punctuation'),
      ],
      audio_events: [
        { type: 'laughter', start_time: 5.0, end_time: 5.8, confidence: 0.8 },
        { type: 'music', start_time: 1.0, end_time: 3.9, confidence: 0.9, channel: 'channel_1' },
      ],
    };
    const words = readAsrWords(json);
    expect(words.map((w) => w.text)).toEqual([
      'Welcome',
      'back.',
      '[music]',
      'Thanks.',
      '[laughter]',
    ]);
    expect(words[2]?.start).toBe(1000);
    expect(turns(read(JSON.stringify(json)))).toEqual([
      'Speaker 1: Welcome back.',
      '[music]',
      'Speaker 2: Thanks.',
      '[laughter]',
    ]);
  });
});
