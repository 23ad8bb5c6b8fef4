/** `import lesson from '/content/en/wsgi.md?lesson'`: the parsed lesson (vitePlugin.ts). */
declare module '*.md?lesson' {
  const lesson: import('./lesson').Lesson;
  export default lesson;
}
