/** Vite's `?raw` imports: a file's text as a string (test fixtures inside workerd). */
declare module '*?raw' {
  const text: string;
  export default text;
}
