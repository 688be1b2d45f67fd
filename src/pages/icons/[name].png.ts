/** The web manifest's icons, /icons/icon-192.png and /icons/icon-512.png, drawn at build time from the site's mark. */
import type { APIRoute, GetStaticPaths } from "astro";
import { drawIcon } from "../../lib/build/og-icons";

export const getStaticPaths = (() =>
  [192, 512].map((size) => ({ params: { name: `icon-${String(size)}` }, props: { size } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ size: number }> = ({ props }) =>
  new Response(new Uint8Array(drawIcon(props.size)), { headers: { "Content-Type": "image/png" } });
