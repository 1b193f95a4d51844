import { useEffect, useRef, useState } from "react";

declare global {
  interface Window {
    turnstile?: {
      render: (el: HTMLElement, opts: Record<string, unknown>) => string;
      reset: (id?: string) => void;
      remove: (id: string) => void;
    };
  }
}

// Public site key. In dev/preview we use Cloudflare's documented test site
// key that always passes, so local sign-ups don't need a real widget.
const SITE_KEY =
  process.env.NEXT_PUBLIC_TURNSTILE_SITE_KEY ??
  (process.env.NODE_ENV === "production"
    ? "0x4AAAAAAAIlrkT31z0bHDHa"
    : "1x00000000000000000000AA");

export default function SignupForm() {
  const box = useRef<HTMLDivElement>(null);
  const widgetId = useRef<string>();
  const [token, setToken] = useState<string>("");
  const [error, setError] = useState<string>("");

  useEffect(() => {
    if (!box.current || !window.turnstile) return;
    widgetId.current = window.turnstile.render(box.current, {
      sitekey: SITE_KEY,
      action: "signup",
      callback: (t: string) => setToken(t),
      "error-callback": () => setError("Verification failed, please retry."),
      "expired-callback": () => setToken(""),
    });
    return () => {
      if (widgetId.current) window.turnstile?.remove(widgetId.current);
    };
  }, []);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    form.set("cf-turnstile-response", token);
    const res = await fetch("/api/signup", { method: "POST", body: form });
    if (!res.ok) {
      setError((await res.json()).error ?? "Sign-up failed");
      window.turnstile?.reset(widgetId.current);
    }
  }

  return (
    <form onSubmit={onSubmit}>
      <input name="email" type="email" required />
      <input name="password" type="password" minLength={12} required />
      <div ref={box} />
      {error && <p role="alert">{error}</p>}
      <button disabled={!token}>Sign up</button>
    </form>
  );
}
