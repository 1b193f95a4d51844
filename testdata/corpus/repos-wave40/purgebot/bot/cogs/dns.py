"""/dns slash commands backed by python-cloudflare (the 2.x "CloudFlare" package)."""
from __future__ import annotations

import asyncio

import CloudFlare
import discord
from discord import app_commands
from discord.ext import commands


class Dns(commands.GroupCog, name="dns"):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot
        cfg = bot.cfg
        # record edits need Zone:DNS:Edit on every zone; the old token only had
        # one zone, so this still uses the account owner's Global API Key.
        self.cf = CloudFlare.CloudFlare(email=cfg.cf_email, key=cfg.cf_key)
        self.zones = cfg.zones
        self.admin_role = cfg.admin_role

    async def _run(self, fn, *args, **kwargs):
        return await asyncio.to_thread(fn, *args, **kwargs)

    def _allowed(self, interaction: discord.Interaction) -> bool:
        return any(r.name == self.admin_role for r in interaction.user.roles)

    @app_commands.command(name="list", description="List DNS records of a zone")
    async def list_records(self, interaction: discord.Interaction, zone: str) -> None:
        zone_id = self.zones[zone]
        records = await self._run(self.cf.zones.dns_records.get, zone_id, params={"per_page": 50})
        lines = [f"`{r['type']:<5}` {r['name']} -> {r['content']}" for r in records]
        await interaction.response.send_message("\n".join(lines) or "(empty)", ephemeral=True)

    @app_commands.command(name="set", description="Create or update an A/AAAA/CNAME record")
    async def set_record(
        self,
        interaction: discord.Interaction,
        zone: str,
        name: str,
        rtype: str,
        content: str,
        proxied: bool = True,
    ) -> None:
        if not self._allowed(interaction):
            await interaction.response.send_message("Not allowed.", ephemeral=True)
            return
        zone_id = self.zones[zone]
        fqdn = name if name.endswith(zone) else f"{name}.{zone}"
        existing = await self._run(
            self.cf.zones.dns_records.get, zone_id, params={"name": fqdn, "type": rtype}
        )
        payload = {"name": fqdn, "type": rtype, "content": content, "proxied": proxied, "ttl": 1}
        if existing:
            await self._run(self.cf.zones.dns_records.put, zone_id, existing[0]["id"], data=payload)
            verb = "updated"
        else:
            await self._run(self.cf.zones.dns_records.post, zone_id, data=payload)
            verb = "created"
        await interaction.response.send_message(f"{verb} `{fqdn}` {rtype} {content}")


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Dns(bot))
