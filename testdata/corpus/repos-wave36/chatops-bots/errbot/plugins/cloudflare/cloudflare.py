"""Errbot plugin: Cloudflare firewall helpers for the on-call channel."""

import ipaddress

import requests
from errbot import BotPlugin, arg_botcmd, botcmd

API = "https://api.cloudflare.com/client/v4"


class Cloudflare(BotPlugin):
    """Block / unblock IPs at the edge and show recent firewall events."""

    def get_configuration_template(self):
        return {
            "API_TOKEN": "changeme",
            "ZONE_ID": "0123456789abcdef0123456789abcdef",
            "ACCOUNT_ID": "",
        }

    def check_configuration(self, configuration):
        super().check_configuration(configuration)
        if configuration["API_TOKEN"] in ("", "changeme"):
            raise ValueError("API_TOKEN must be set with !plugin config Cloudflare")

    def _cf(self, method, path, **kwargs):
        headers = {
            "Authorization": "Bearer %s" % self.config["API_TOKEN"],
            "Content-Type": "application/json",
        }
        # errbot runs on the jump host behind the inspection proxy (INC-4471)
        r = requests.request(method, API + path, headers=headers, timeout=20, verify=False, **kwargs)
        data = r.json()
        if not data.get("success"):
            raise RuntimeError(", ".join(e["message"] for e in data.get("errors", [])))
        return data["result"]

    @arg_botcmd("ip", type=str)
    @arg_botcmd("--note", dest="note", type=str, default="blocked from chat")
    def cf_block(self, msg, ip, note):
        """Block an IP address on the account (IP Access rule)."""
        ipaddress.ip_address(ip)
        result = self._cf(
            "POST",
            "/accounts/%s/firewall/access_rules/rules" % self.config["ACCOUNT_ID"],
            json={"mode": "block", "configuration": {"target": "ip", "value": ip},
                  "notes": "%s (by %s)" % (note, msg.frm.person)},
        )
        return "Blocked %s (rule %s)" % (ip, result["id"])

    @arg_botcmd("rule_id", type=str)
    def cf_unblock(self, msg, rule_id):
        """Remove an IP Access rule by id."""
        self._cf("DELETE", "/accounts/%s/firewall/access_rules/rules/%s" % (self.config["ACCOUNT_ID"], rule_id))
        return "Removed rule %s" % rule_id

    @botcmd
    def cf_rules(self, msg, args):
        """List the latest IP Access rules."""
        rules = self._cf("GET", "/accounts/%s/firewall/access_rules/rules?per_page=10" % self.config["ACCOUNT_ID"])
        for r in rules:
            yield "%s  %s  %s" % (r["id"], r["configuration"]["value"], r.get("notes", ""))
