import type { Block, BlockType, ScriptDocument, Speaker } from '../../src/core/document.ts';

/**
 * Hand-built documents as the core pipeline delivers them (the contract in src/core/document.ts),
 * so the layouts are tested on SOTs, titles, throws, directions and sign-offs whatever the core
 * on this branch does. Durations follow the contract: words at the read rate, 0 for headline and
 * direction.
 */

const READ_RATE_WPM = 180;

interface BlockSpec {
  type: BlockType;
  text: string;
  speaker?: string;
  sot?: boolean;
}

function sentencesOf(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const end =
      /[.!?]/.test(text.charAt(i)) && (i + 1 === text.length || text.charAt(i + 1) === ' ');
    if (end) {
      out.push(text.slice(start, i + 1).trim());
      start = i + 2;
    }
  }
  if (start < text.length) out.push(text.slice(start).trim());
  return out.filter((s) => s.length > 0);
}

export function buildDocument(
  specs: BlockSpec[],
  meta: Partial<Omit<ScriptDocument, 'blocks' | 'durationMs'>> & { speakers?: Speaker[] } = {},
): ScriptDocument {
  const blocks: Block[] = specs.map((spec, i) => {
    const words = spec.text.split(/\s+/).filter(Boolean).length;
    const timed = spec.type !== 'headline' && spec.type !== 'direction';
    return {
      id: `b${i + 1}`,
      type: spec.type,
      speaker: spec.speaker ?? null,
      text: spec.text,
      sentences: sentencesOf(spec.text),
      words,
      durationMs: timed ? Math.round((words / READ_RATE_WPM) * 60_000) : 0,
      line: i * 2 + 1,
      sot: spec.sot ?? false,
      timestampMs: null,
      reason: null,
      delivery: null,
      translated: false,
      startMs: null,
      endMs: null,
      timedWords: null,
    };
  });
  return {
    title: meta.title ?? null,
    slug: meta.slug ?? 'STORY',
    language: meta.language ?? 'en',
    reporter: meta.reporter ?? null,
    outlet: meta.outlet ?? null,
    credits: meta.credits ?? [],
    speakers: meta.speakers ?? [],
    blocks,
    durationMs: blocks.reduce((sum, b) => sum + b.durationMs, 0),
    readRateWpm: READ_RATE_WPM,
    timed: false,
    messages: [],
  };
}

const LAVROV: Speaker = {
  id: 'sergey-lavrov',
  name: 'Sergey Lavrov',
  title: 'Foreign Minister of Russia',
  role: null,
  aliases: ['Sergey Lavrov'],
};
const KONO: Speaker = {
  id: 'taro-kono',
  name: 'Tarō Kōno',
  title: 'Foreign Minister of Japan',
  role: null,
  aliases: ['Tarō Kōno'],
};

/** The seed story (test/fixtures/seed) as the real pipeline should hand it over. */
export const KURIL_DOCUMENT: ScriptDocument = buildDocument(
  [
    {
      type: 'headline',
      text: 'Russia’s Sovereignty Non-Negotiable! Kuril Islands Aren’t Going Anywhere!',
    },
    {
      type: 'narration',
      text: "The issue of Russia's sovereignty over the southernmost Kuril Islands isn't negotiable. Foreign Minister Sergey Lavrov stated that after the first round of negotiations with his Japanese counterpart Tarō Kōno. They discussed a peace treaty between our countries which has been negotiated over 60 years. There are still some disagreements, but the dialogue is being maintained.",
    },
    { type: 'throw', text: 'Andrey Grigoriev has the details of the most important statements.' },
    {
      type: 'narration',
      text: "After entering the luxurious Neo-Gothic mansion of the Russian Ministry of Foreign Affairs, the Japanese Foreign Minister immediately put his ultra-fashionable and ultra-solid suitcase under the table. The documents kept inside wouldn't influence Russia's position. The Kuril Islands are our territory.",
    },
    {
      type: 'speech',
      speaker: 'sergey-lavrov',
      sot: true,
      text: '“I’d like to call upon our Japanese colleagues to strictly abide by the agreements between our leaders. The work on the peace treaty should be done in a professional manner.”',
    },
    {
      type: 'narration',
      text: "Russia and Japan are still formally in a state of war. There's an old territorial dispute between the countries. The southernmost Kuril Islands — Kunashir and Iturup (called Shikotan in Japan), and the Habomai Islands were transferred to the Soviet Union under the Yalta agreements signed by Stalin, Roosevelt, and Churchill. But Japan doesn't accept these results of WWII, which aren't beneficial to it. The Russian president proposed to sign a peace treaty without any preconditions. Now, the diplomats should decide which conditions the parties are ready to compromise on to strengthen the good neighborly relations. In this case, economic issues prevail over political ones.",
    },
    {
      type: 'speech',
      speaker: 'taro-kono',
      sot: true,
      text: "“We've facilitated the visa regime for groups of Russian tourists. In addition to it, bilateral economic cooperation has been consistently developed. That's why we need to build such relations which allow us to totally fulfill its potential.”",
    },
    {
      type: 'narration',
      text: "On the left of Tarō Kōno, is Ambassador to Russia Toyohisa Kodzuki. Last week, he was summoned to the Russian Foreign Ministry to provide some explanations. There's a morbid excitement over the Kuril dispute in Tokyo. Even Prime Minister Abe, in his interview for the Asahi channel, said that they don't plan to evict Russians from the southernmost Kuril Islands, as if Japan owned those islands. And that was the most innocuous of his statements. With such statements being made in Japan, they were unexpectedly humble in Russia today.",
    },
    {
      type: 'narration',
      text: "The Russian and Japanese flags were placed in the room in advance as required by diplomatic protocol. But after the negotiations, the Japanese delegation flatly refused to hold a joint press conference. Sergey Lavrov had to comment on the results alone, against the background of old tapestries and curtains with golden thread. But even without the state symbols, he didn't look less convincing.",
    },
    {
      type: 'speech',
      speaker: 'sergey-lavrov',
      sot: true,
      text: '“As the very first step, our Japanese neighbors should recognize the results of WWII in full, including the sovereignty of the Russian Federation over all of the southernmost Kuril Islands.”',
    },
    { type: 'direction', text: '[NATSOT: CAMERAS]' },
    {
      type: 'narration',
      text: "The first step towards mutual understanding was made. And the main task of the diplomats is now to prepare grounds, including legal issues, for a new meeting between the leaders of the two countries. They're going to hold it in the immediate future.",
    },
    {
      type: 'signoff',
      text: 'Andrey Grigoriev, Maksim Shchepilov, Andrey Stiforov, and Artyom Kuznetsov for Vesti.',
    },
  ],
  {
    title: 'Russia’s Sovereignty Non-Negotiable! Kuril Islands Aren’t Going Anywhere!',
    slug: 'KURIL-ISLANDS',
    reporter: 'Andrey Grigoriev',
    outlet: 'Vesti',
    credits: ['Andrey Grigoriev', 'Maksim Shchepilov', 'Andrey Stiforov', 'Artyom Kuznetsov'],
    speakers: [LAVROV, KONO],
  },
);

/** Transcript text that must show as text, never as markup or a template. */
export const XSS_PAYLOADS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '{{title}} {{{slug}}} {{#blocks}}',
] as const;

/** A live press briefing: speech turns that are read, an anonymous reporter, XSS in every field. */
export const BRIEFING_DOCUMENT: ScriptDocument = buildDocument(
  [
    { type: 'direction', text: '(BEGIN VIDEO CLIP)' },
    {
      type: 'speech',
      speaker: 'kjp',
      text: `Good afternoon, everybody. Today I want to start with ${XSS_PAYLOADS[0]} and the week ahead.`,
    },
    { type: 'speech', speaker: 'q', text: `Thank you. ${XSS_PAYLOADS[1]} What about the summit?` },
    { type: 'speech', speaker: 'kjp', text: `We will have more on that ${XSS_PAYLOADS[2]} soon.` },
    { type: 'direction', text: `[${XSS_PAYLOADS[0]}]` },
  ],
  {
    slug: 'BRIEFING',
    title: `Press briefing ${XSS_PAYLOADS[1]}`,
    reporter: `Reporter ${XSS_PAYLOADS[0]}`,
    speakers: [
      {
        id: 'kjp',
        name: 'Karine Jean-Pierre',
        title: `Press Secretary ${XSS_PAYLOADS[1]}`,
        role: null,
        aliases: ['MS. JEAN-PIERRE'],
      },
      { id: 'q', name: null, title: null, role: 'reporter', aliases: ['Q'] },
    ],
  },
);
