import { config } from "~/config.server";

type StockLevel = { sku: string; onHand: number; reserved: number };

export async function fetchStock(skus: string[]): Promise<StockLevel[]> {
  const url = new URL("/v2/stock", config.inventoryApi.baseUrl);
  url.searchParams.set("sku", skus.join(","));
  const res = await fetch(url, {
    headers: {
      "CF-Access-Client-Id": config.inventoryApi.accessClientId,
      "CF-Access-Client-Secret": config.inventoryApi.accessClientSecret,
      Accept: "application/json",
    },
  });
  if (!res.ok) throw new Response("inventory unavailable", { status: 502 });
  return res.json();
}
