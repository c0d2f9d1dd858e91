// Types for the WebVTT validator used by the subtitle tests (the package ships none).
declare module 'webvtt-parser' {
  interface WebVTTNode {
    type?: string;
    name?: string;
    value?: string;
    children?: WebVTTNode[];
  }
  interface WebVTTCue {
    id: string;
    startTime: number;
    endTime: number;
    text: string;
    tree: WebVTTNode;
  }
  interface WebVTTError {
    message: string;
    line: number;
    col: number;
  }
  class WebVTTParser {
    constructor(entities?: Record<string, string>);
    parse(
      input: string,
      mode?: 'subtitles' | 'chapters' | 'metadata',
    ): { cues: WebVTTCue[]; errors: WebVTTError[] };
  }
  const webvtt: { WebVTTParser: typeof WebVTTParser };
  export default webvtt;
  export type { WebVTTCue, WebVTTError, WebVTTNode };
}
