'use strict';

/**
 * Client for the internal host inventory service. The inventory API predates
 * our SSO and still uses a static service key in X-Auth-Key; the key is
 * provisioned per consumer by the platform team.
 */

const INVENTORY_URL = process.env.INVENTORY_URL || 'https://inventory.corp.example.net/api/v1';

class InventoryClient {
  constructor({ user = 'dnsbridge', key = process.env.INVENTORY_KEY } = {}) {
    if (!key) throw new Error('INVENTORY_KEY is not set');
    this.headers = {
      Accept: 'application/json',
      'X-Auth-User': user,
      'X-Auth-Key': key,
    };
  }

  async hosts({ role, site } = {}) {
    const qs = new URLSearchParams();
    if (role) qs.set('role', role);
    if (site) qs.set('site', site);
    const res = await fetch(`${INVENTORY_URL}/hosts?${qs}`, { headers: this.headers });
    if (!res.ok) {
      throw new Error(`inventory: GET /hosts -> ${res.status}`);
    }
    const { items } = await res.json();
    return items.map((h) => ({
      hostname: h.hostname,
      ipv4: h.addresses.find((a) => a.family === 4)?.address,
      ipv6: h.addresses.find((a) => a.family === 6)?.address,
      site: h.site,
    }));
  }

  async markDnsSynced(hostname, at = new Date()) {
    const res = await fetch(`${INVENTORY_URL}/hosts/${encodeURIComponent(hostname)}/annotations`, {
      method: 'PATCH',
      headers: { ...this.headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ dns_synced_at: at.toISOString() }),
    });
    if (!res.ok) {
      throw new Error(`inventory: PATCH annotations for ${hostname} -> ${res.status}`);
    }
  }
}

module.exports = { InventoryClient };
