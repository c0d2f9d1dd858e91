/**
 * Live speech-to-text saved as it arrived: the messages of a streaming session, as a JSON list or
 * as JSON Lines (one message a line), read as the service's own batch result of the session's
 * final results, so its batch reader does the rest:
 * - Deepgram live: `type: "Results"` messages, final when `is_final` (by `channel_index`);
 * - Amazon Transcribe streaming: `Transcript.Results`, final when `IsPartial` is false;
 * - Speechmatics real-time: `AddTranscript` (`AddPartialTranscript` is interim);
 * - AssemblyAI streaming: v3 `Turn` messages at `end_of_turn` (the formatted one when both come),
 *   v2 `FinalTranscript`;
 * - Google streaming recognition: responses whose `results` are `isFinal`;
 * - OpenAI Realtime transcription: `conversation.item.input_audio_transcription.completed` (the
 *   `delta`s before it are interim), each item's `transcript` a paragraph, untimed;
 * - ElevenLabs Scribe realtime: `committed_transcript_with_timestamps` (its `words`), else
 *   `committed_transcript` (untimed); `partial_transcript` is interim.
 * Interim results repeat words a final one gives again: they are counted and left out.
 */
import { arrayOf, isObject, type Json } from './types.ts';

export interface Unstreamed {
  /** The batch-shaped result of the final results. */
  value: Json;
  /** The service, for the message. */
  service: string;
  finals: number;
  interims: number;
}

type Kind = 'deepgram' | 'aws' | 'speechmatics' | 'assemblyai' | 'google' | 'openai' | 'elevenlabs';

/** The streaming service a message comes from, or null. */
function kindOf(message: Json): Kind | null {
  if (message.type === 'Results' && isObject(message.channel)) return 'deepgram';
  if (isObject(message.Transcript) && Array.isArray(message.Transcript.Results)) return 'aws';
  if (message.message === 'AddTranscript' || message.message === 'AddPartialTranscript')
    return 'speechmatics';
  if (
    message.type === 'Turn' ||
    message.message_type === 'FinalTranscript' ||
    message.message_type === 'PartialTranscript'
  )
    return 'assemblyai';
  if (String(message.type).startsWith('conversation.item.input_audio_transcription.'))
    return 'openai';
  if (/^(?:partial|committed)_transcript/.test(String(message.message_type))) return 'elevenlabs';
  const first = arrayOf(message.results)[0];
  if (first && ('isFinal' in first || 'is_final' in first) && Array.isArray(first.alternatives))
    return 'google';
  return null;
}

const SERVICES: Readonly<Record<Kind, string>> = {
  deepgram: 'Deepgram live',
  aws: 'Amazon Transcribe streaming',
  speechmatics: 'Speechmatics real-time',
  assemblyai: 'AssemblyAI streaming',
  google: 'Google streaming',
  openai: 'Realtime API (OpenAI)',
  elevenlabs: 'Scribe realtime (ElevenLabs)',
};

/**
 * The batch result of a streaming session's messages, or null when `json` is not a list of one
 * service's streaming messages (the first messages that say tell: a session opens with metadata).
 */
export function unstream(json: unknown): Unstreamed | null {
  if (!Array.isArray(json)) return null;
  let kind: Kind | null = null;
  for (let i = 0; i < json.length && i < 8 && kind === null; i++) {
    const message: unknown = json[i];
    if (isObject(message)) kind = kindOf(message);
  }
  if (kind === null) return null;
  const messages = arrayOf(json).filter((m) => kindOf(m) === kind);
  const read = READ[kind](messages);
  return { ...read, service: SERVICES[kind], interims: messages.length - read.finals };
}

type Read = (messages: Json[]) => { value: Json; finals: number };

const READ: Readonly<Record<Kind, Read>> = {
  deepgram(messages) {
    const channels: Json[][] = [];
    let finals = 0;
    for (const m of messages) {
      if (m.is_final !== true || !isObject(m.channel)) continue;
      finals++;
      // The channel (`channel_index: [channel, channels]`); one past the last known is the most
      // a hostile index makes.
      const given = Array.isArray(m.channel_index) ? Number(m.channel_index[0]) : 0;
      const index = Number.isInteger(given) && given >= 0 ? Math.min(given, channels.length) : 0;
      const words = arrayOf(arrayOf(m.channel.alternatives)[0]?.words);
      let list = channels[index];
      if (list === undefined) {
        list = [];
        channels[index] = list;
      }
      for (const w of words) list.push(w);
    }
    const all = channels.map((words) => ({ alternatives: [{ words }] }));
    return { value: { results: { channels: all } }, finals };
  },
  aws(messages) {
    const items: Json[] = [];
    let finals = 0;
    for (const m of messages) {
      for (const result of arrayOf((m.Transcript as Json).Results)) {
        if (result.IsPartial !== false) continue;
        finals++;
        for (const item of arrayOf(arrayOf(result.Alternatives)[0]?.Items)) {
          const speaker = item.Speaker;
          items.push({
            type: item.Type,
            start_time: String(item.StartTime),
            end_time: String(item.EndTime),
            alternatives: [{ content: item.Content }],
            ...(speaker !== undefined && speaker !== null
              ? { speaker_label: `spk_${speaker}` }
              : {}),
          });
        }
      }
    }
    return { value: { results: { items } }, finals };
  },
  speechmatics(messages) {
    const results: Json[] = [];
    let finals = 0;
    for (const m of messages) {
      if (m.message !== 'AddTranscript') continue;
      finals++;
      for (const r of arrayOf(m.results)) results.push(r);
    }
    return { value: { format: '2.9', results }, finals };
  },
  assemblyai(messages) {
    // v3: a turn's last end-of-turn message (formatted after unformatted), by its order.
    const turns = new Map<unknown, Json>();
    let order = 0;
    for (const m of messages) {
      if (m.message_type === 'FinalTranscript') turns.set(order++, m);
      else if (m.type === 'Turn' && m.end_of_turn === true) turns.set(`t${m.turn_order}`, m);
    }
    const words: Json[] = [];
    for (const turn of turns.values())
      for (const w of arrayOf(turn.words))
        words.push({ ...w, speaker: w.speaker ?? turn.speaker_label ?? null });
    return { value: { status: 'completed', words }, finals: turns.size };
  },
  google(messages) {
    const results: Json[] = [];
    for (const m of messages)
      for (const r of arrayOf(m.results))
        if (r.isFinal === true || r.is_final === true) results.push(r);
    return { value: { results }, finals: results.length };
  },
  openai(messages) {
    const done = messages.filter((m) => String(m.type).endsWith('.completed'));
    return { value: { text: done.map((m) => m.transcript).join('\n\n') }, finals: done.length };
  },
  elevenlabs(messages) {
    // With timestamps asked for, a commit may come twice, its text and then with its words.
    const commits = messages.filter((m) => String(m.message_type).startsWith('committed'));
    const finals = commits.filter(
      (m, i) => m.message_type !== 'committed_transcript' || commits[i + 1]?.text !== m.text,
    );
    if (!finals.some((m) => Array.isArray(m.words)))
      return { value: { text: finals.map((m) => m.text).join('\n\n') }, finals: finals.length };
    const words: Json[] = [];
    for (const m of finals) {
      if (words.length > 0) words.push({ text: ' ', type: 'spacing' });
      for (const w of Array.isArray(m.words) ? arrayOf(m.words) : [{ text: m.text, type: 'word' }])
        words.push(w);
    }
    const language = finals.find((m) => typeof m.language_code === 'string')?.language_code;
    return { value: { language_code: language ?? null, words }, finals: finals.length };
  },
};

/**
 * JSON Lines (one JSON value a line, as live sessions are logged) as a list, or null when a line
 * is not JSON. Only tried when the text as a whole is not JSON.
 */
export function jsonLines(source: string): unknown[] | null {
  const out: unknown[] = [];
  let from = 0;
  while (from < source.length) {
    let to = source.indexOf('\n', from);
    if (to === -1) to = source.length;
    const line = source.slice(from, to).trim();
    from = to + 1;
    if (!line) continue;
    const open = line.charCodeAt(0);
    if (open !== 0x7b && open !== 0x5b) return null;
    try {
      out.push(JSON.parse(line));
    } catch {
      return null;
    }
  }
  return out.length > 1 ? out : null;
}
