/** /apple-touch-icon.png, 180×180, drawn at build time from the site's mark (see iconSvg in src/lib/build/og-icons.ts). */
import type { APIRoute } from "astro";
import { drawIcon } from "../lib/build/og-icons";

export const GET: APIRoute = () =>
  new Response(new Uint8Array(drawIcon(180)), { headers: { "Content-Type": "image/png" } });
