import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// The UI is served by @parley/server from dist/; in dev, API calls go to a running `parley serve`.
const api = ["/extract", "/ingest", "/articles", "/actors", "/quotes", "/events", "/search", "/stats", "/openapi.json"];

export default defineConfig({
  plugins: [react()],
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 600 },
  server: { proxy: Object.fromEntries(api.map((p) => [p, "http://127.0.0.1:8080"])) },
});
