/**
 * Caption and speech-to-text conventions of round 21, each tested on cases written for these
 * tests in its convention: a Kaldi lexicon's tokens and SentencePiece's unknown piece in a
 * recognizer's words.
 */
import { describe, expect, it } from 'vitest';
import type { ScriptDocument } from '../../src/core/document.ts';
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

/** A Vosk result of these words, half a second each. */
const vosk = (...words: string[]) =>
  JSON.stringify({
    result: words.map((word, i) => ({ conf: 1, start: i / 2, end: i / 2 + 0.4, word })),
    text: words.join(' '),
  });

describe('a Kaldi lexicon’s tokens and SentencePiece’s unknown piece are no words', () => {
  it('Vosk: [unk], <UNK>, [noise], <sil>, <spoken_noise>, <v-noise> dropped and counted', () => {
    const doc = read(
      vosk('the', '[unk]', 'bridge', '<UNK>', 'closed', '[noise]', 'at', '<sil>', 'noon'),
    );
    expect(turns(doc)).toEqual(['-: the bridge closed at noon']);
    const counted = doc.messages.find((m) => m.ruleId === 'asr-tool-markers');
    expect(counted?.reason).toMatch(/Dropped 4 /);
    const other = read(vosk('we', '<spoken_noise>', 'went', '<v-noise>', 'home', '<noise>'));
    expect(turns(other)).toEqual(['-: we went home']);
  });

  it('NeMo and sherpa-onnx: the unknown piece ⁇ is dropped, the words around it kept', () => {
    const nemo = read(
      JSON.stringify([
        {
          text: 'the ⁇ bridge closed',
          timestamp: { segment: [{ segment: 'the ⁇ bridge closed', start: 0.5, end: 2 }] },
        },
      ]),
    );
    expect(turns(nemo)).toEqual(['-: the bridge closed']);
    const sherpa = read(
      JSON.stringify({
        text: 'the ⁇ bridge closed',
        tokens: [' the', ' ⁇', ' bridge', ' clos', 'ed'],
        timestamps: [0.5, 0.8, 1.0, 1.4, 1.6],
      }),
    );
    expect(turns(sherpa)).toEqual(['-: the bridge closed']);
  });

  it('counter-cases: a sound the recognizer names stays a direction; sil and unk as words stay', () => {
    const doc = read(vosk('then', '[laughter]', 'the', 'sil', 'unk', 'said', 'hi'));
    expect(turns(doc)).toEqual(['-: then', '[laughter]', '-: the sil unk said hi']);
  });
});
