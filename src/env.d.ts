declare module '*.mustache' {
  const source: string;
  export default source;
}

declare namespace Cloudflare {
  interface GlobalProps {
    mainModule: typeof import('./index.ts');
  }
}
