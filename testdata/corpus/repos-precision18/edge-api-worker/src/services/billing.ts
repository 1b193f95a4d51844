import type { Env } from "../index";

// Stripe and Postmark are called with plain fetch; both keys are Worker secrets.

const STRIPE_API = "https://api.stripe.com/v1";
const POSTMARK_API = "https://api.postmarkapp.com";

export async function createCheckoutSession(env: Env, cartId: string): Promise<{ id: string; url: string }> {
  const cart = await env.DB.prepare("SELECT sku, qty, price_id FROM cart_items WHERE cart_id = ?1")
    .bind(cartId)
    .all<{ sku: string; qty: number; price_id: string }>();

  const form = new URLSearchParams({
    mode: "payment",
    success_url: "https://acme-shop.com/thanks?session={CHECKOUT_SESSION_ID}",
    cancel_url: "https://acme-shop.com/cart",
    client_reference_id: cartId,
  });
  cart.results.forEach((item, i) => {
    form.set(`line_items[${i}][price]`, item.price_id);
    form.set(`line_items[${i}][quantity]`, String(item.qty));
  });

  const res = await fetch(`${STRIPE_API}/checkout/sessions`, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${env.STRIPE_SECRET_KEY}`,
      "Content-Type": "application/x-www-form-urlencoded",
      "Idempotency-Key": `checkout-${cartId}`,
    },
    body: form,
  });
  if (!res.ok) throw new Error(`stripe ${res.status}: ${await res.text()}`);
  return res.json();
}

export async function sendReceipt(env: Env, to: string, sessionId: string): Promise<void> {
  const res = await fetch(`${POSTMARK_API}/email/withTemplate`, {
    method: "POST",
    headers: {
      Accept: "application/json",
      "Content-Type": "application/json",
      "X-Postmark-Server-Token": env.POSTMARK_SERVER_TOKEN,
    },
    body: JSON.stringify({
      From: "orders@acme-shop.com",
      To: to,
      TemplateAlias: "receipt",
      TemplateModel: { session_id: sessionId },
      MessageStream: "outbound",
    }),
  });
  if (!res.ok) console.error("postmark", res.status, await res.text());
}
