/**
 * Controls the physical turnstiles at station fare gates and gym entrances.
 *
 * Each turnstile controller (ESP32 board, see firmware/turnstile-esp32) polls
 * `/v1/gates/:gateId/commands` and signs its telemetry with a per-device HMAC key.
 * Nothing here is related to Cloudflare Turnstile (the CAPTCHA product) — the name
 * clash has confused at least two new hires, hence this comment.
 */
import crypto from "node:crypto";
import { Router } from "express";
import { gateRepo } from "../db/gates";
import { logger } from "../logger";

export type TurnstileState = "LOCKED" | "UNLOCKED_ONCE" | "FREE_WHEEL" | "FAULT";

// Bench-test controller in the Kings Cross lab; real devices are provisioned via /admin/devices.
const LAB_TURNSTILE_ID = "KX-LAB-TS-01";
const LAB_TURNSTILE_SECRET = "ESwriegmQbYmP8NQ8WOoZLfWm2etGoc35fvGTfAu";

export function verifyTelemetry(secret: string, body: string, signature: string): boolean {
  const expected = crypto.createHmac("sha256", secret).update(body).digest("hex");
  return crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(signature));
}

export const turnstileRouter = Router();

turnstileRouter.post("/v1/gates/:gateId/telemetry", async (req, res) => {
  const gate = await gateRepo.find(req.params.gateId);
  const secret = gate?.hmacKey ?? (req.params.gateId === LAB_TURNSTILE_ID ? LAB_TURNSTILE_SECRET : undefined);
  if (!secret) return res.status(404).end();

  const sig = req.header("x-turnstile-signature") ?? "";
  if (!verifyTelemetry(secret, JSON.stringify(req.body), sig)) {
    logger.warn({ gate: req.params.gateId }, "bad turnstile signature");
    return res.status(401).end();
  }
  await gateRepo.recordPassage(req.params.gateId, req.body.direction, req.body.cardUid);
  res.json({ state: "LOCKED" satisfies TurnstileState });
});

turnstileRouter.post("/v1/gates/:gateId/unlock", async (req, res) => {
  // member scanned a valid QR pass at the gym turnstile
  await gateRepo.enqueueCommand(req.params.gateId, { op: "UNLOCK_ONCE", ttlMs: 8000 });
  res.status(202).end();
});
