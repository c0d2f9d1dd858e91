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

// imscJS (npm `imsc`): its parser and ISD generator, loaded without the HTML renderer (which
// needs a browser window).
declare module 'imsc/src/main/js/doc.js' {
  interface ErrorHandler {
    info(message: string): boolean | undefined;
    warn(message: string): boolean | undefined;
    error(message: string): boolean | undefined;
    fatal(message: string): boolean | undefined;
  }
  interface TtmlDocument {
    getMediaTimeEvents(): number[];
  }
  export function fromXML(xml: string, errorHandler?: ErrorHandler): TtmlDocument | null;
  export type { ErrorHandler, TtmlDocument };
}
declare module 'imsc/src/main/js/isd.js' {
  import type { ErrorHandler, TtmlDocument } from 'imsc/src/main/js/doc.js';

  interface IsdNode {
    kind?: string;
    text?: string;
    contents?: IsdNode[];
  }
  export function generateISD(
    doc: TtmlDocument,
    offset: number,
    errorHandler?: ErrorHandler,
  ): IsdNode;
  export type { IsdNode };
}
