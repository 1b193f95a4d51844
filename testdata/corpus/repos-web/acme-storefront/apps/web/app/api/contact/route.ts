import { NextResponse } from "next/server";
import { z } from "zod";
import { sendMail } from "@/lib/mail";

const schema = z.object({
  name: z.string().min(1),
  email: z.string().email(),
  message: z.string().min(10).max(5000),
  "cf-turnstile-response": z.string(),
});

async function verifyTurnstile(token: string, ip: string | null) {
  const body = new FormData();
  body.append("secret", process.env.TURNSTILE_SECRET_KEY ?? "");
  body.append("response", token);
  if (ip) body.append("remoteip", ip);
  const res = await fetch("https://challenges.cloudflare.com/turnstile/v0/siteverify", {
    method: "POST",
    body,
  });
  const data = (await res.json()) as { success: boolean; "error-codes": string[] };
  return data.success;
}

export async function POST(req: Request) {
  const parsed = schema.safeParse(await req.json());
  if (!parsed.success) {
    return NextResponse.json({ error: "invalid" }, { status: 400 });
  }
  const ip = req.headers.get("CF-Connecting-IP");
  if (!(await verifyTurnstile(parsed.data["cf-turnstile-response"], ip))) {
    return NextResponse.json({ error: "captcha" }, { status: 403 });
  }
  await sendMail({ to: "support@acme-store.dev", subject: `Contact: ${parsed.data.name}`, text: parsed.data.message });
  return NextResponse.json({ ok: true });
}
