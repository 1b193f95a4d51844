interface Env {
  IMAGES_API_TOKEN: string; // set in Pages > Settings > Environment variables (encrypted)
  CF_ACCOUNT_ID: string;
}

export const onRequestGet: PagesFunction<Env, "id"> = async ({ params, env }) => {
  const id = params.id as string;
  const res = await fetch(
    `https://api.cloudflare.com/client/v4/accounts/${env.CF_ACCOUNT_ID}/images/v1/${id}`,
    { headers: { Authorization: `Bearer ${env.IMAGES_API_TOKEN}` } },
  );
  if (res.status === 404) return new Response("not found", { status: 404 });
  const { result } = (await res.json()) as { result: { variants: string[]; filename: string } };
  return Response.json({ filename: result.filename, variants: result.variants }, {
    headers: { "Cache-Control": "public, max-age=300" },
  });
};
