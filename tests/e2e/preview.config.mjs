// Config for the test servers (`vite preview` only serves dist/, so nothing
// else from vite.config.ts is needed). CORS: a frame sandboxed without
// allow-same-origin has an opaque origin and fetches its module scripts with
// CORS, as from any other site; GitHub Pages answers them with
// `Access-Control-Allow-Origin: *`, and so does this server.
export default {
  preview: { cors: { origin: '*' } },
};
