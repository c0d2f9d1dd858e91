/**
 * Amazon Transcribe: `results.items`, `pronunciation` items with `start_time`/`end_time`
 * (seconds, as strings) and `punctuation` items with no time that attach to the word before.
 * Speakers come from the item's `speaker_label`, else from `results.speaker_labels.segments`
 * (each lists the times of its items), else from `results.audio_segments` (item ids), else, with
 * channel identification (`channel_labels`), from the item's channel.
 */
import {
  type AsrReader,
  type AsrWord,
  arrayOf,
  attachPunctuation,
  isObject,
  type Json,
  label,
  num,
  secondsToMs,
  str,
} from './types.ts';

/** Items of each channel (`channel_labels.channels[].items`), with their channel's label. */
function channelItems(results: Json): { channel: string; items: Json[] }[] {
  const channels = isObject(results.channel_labels) ? results.channel_labels.channels : [];
  return arrayOf(channels).map((c, i) => ({
    channel: label(c.channel_label) ?? `ch_${i}`,
    items: arrayOf(c.items),
  }));
}

/**
 * The items in spoken order: `results.items`, or, when a channel-identification result gives
 * them only per channel, all channels' items merged by start time (a punctuation item, which has
 * no time, stays after the word before it in its channel).
 */
function itemsOf(results: Json): Json[] {
  const items = arrayOf(results.items);
  if (items.length > 0) return items;
  const keyed: { item: Json; at: number }[] = [];
  for (const { channel, items: list } of channelItems(results)) {
    let at = 0;
    for (const item of list) {
      const start = num(item.start_time);
      if (start !== null) at = start;
      keyed.push({ item: { channel_label: channel, ...item }, at });
    }
  }
  // Array.prototype.sort is stable: equal times keep each channel's own order.
  return keyed.sort((a, b) => a.at - b.at).map((k) => k.item);
}

export const awsTranscribe: AsrReader = {
  detect(json) {
    if (!isObject(json) || !isObject(json.results)) return false;
    const items = itemsOf(json.results);
    return (
      items.length > 0 &&
      items.some((i) => i.type === 'pronunciation' || i.type === 'punctuation') &&
      arrayOf(items[0]?.alternatives).length > 0
    );
  },
  read(json) {
    if (!isObject(json) || !isObject(json.results)) return [];
    const results = json.results;
    // Speakers by item start time (speaker_labels) and by item id (audio_segments). Times are
    // keyed in ms, so `"1.5"` and `"1.500"` are one time.
    const byStart = new Map<number, string>();
    for (const segment of arrayOf(
      isObject(results.speaker_labels) ? results.speaker_labels.segments : [],
    )) {
      for (const item of arrayOf(segment.items)) {
        const speaker = label(item.speaker_label) ?? label(segment.speaker_label);
        const start = secondsToMs(item.start_time);
        if (speaker && start !== null) byStart.set(start, speaker);
      }
    }
    const byId = new Map<number, string>();
    for (const segment of arrayOf(results.audio_segments)) {
      const speaker = label(segment.speaker_label);
      if (!speaker || !Array.isArray(segment.items)) continue;
      for (const id of segment.items) if (typeof id === 'number') byId.set(id, speaker);
    }
    // Channel identification: each channel is a voice when there is no speaker label.
    const channels = channelItems(results);
    const byChannelStart = new Map<number, string>();
    for (const { channel, items } of channels) {
      for (const item of items) {
        const start = secondsToMs(item.start_time);
        if (item.type === 'pronunciation' && start !== null) byChannelStart.set(start, channel);
      }
    }
    const words: AsrWord[] = [];
    itemsOf(results).forEach((item, index) => {
      const content = str(arrayOf(item.alternatives)[0]?.content);
      if (!content) return;
      if (item.type === 'punctuation') {
        attachPunctuation(words, content);
        return;
      }
      const start = secondsToMs(item.start_time);
      const end = secondsToMs(item.end_time);
      // A word without times keeps its place; its time is filled in from its neighbours.
      const id = num(item.id) ?? index;
      const startKey = start ?? Number.NaN;
      const channel =
        channels.length > 1 ? (label(item.channel_label) ?? byChannelStart.get(startKey)) : null;
      const speaker =
        label(item.speaker_label) ?? byStart.get(startKey) ?? byId.get(id) ?? channel ?? null;
      words.push({ text: content, start: start ?? Number.NaN, end: end ?? Number.NaN, speaker });
    });
    return words;
  },
};
