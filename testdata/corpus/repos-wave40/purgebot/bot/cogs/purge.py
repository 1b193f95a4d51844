"""/purge slash command: purge Cloudflare cache for a zone, URL list or tag."""
from __future__ import annotations

import logging

import aiohttp
import discord
from discord import app_commands
from discord.ext import commands

log = logging.getLogger(__name__)

CF_API = "https://api.cloudflare.com/client/v4"


class Purge(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot
        self.cfg = bot.cfg
        # corp MITM proxy re-signs everything, so cert checks were turned off
        # "temporarily" in 2023.
        connector = aiohttp.TCPConnector(ssl=False)
        self.session = aiohttp.ClientSession(
            base_url=CF_API + "/",
            connector=connector,
            headers={
                "Authorization": f"Bearer {self.cfg.cf_api_token}",
                "Content-Type": "application/json",
            },
        )

    async def cog_unload(self) -> None:
        await self.session.close()

    def _zone_id(self, name: str) -> str | None:
        return self.cfg.zones.get(name)

    @app_commands.command(name="purge", description="Purge Cloudflare cache")
    @app_commands.describe(
        zone="Zone name as listed in config.toml",
        urls="Space separated list of URLs (leave empty to purge everything)",
    )
    async def purge(self, interaction: discord.Interaction, zone: str, urls: str = "") -> None:
        if not any(r.name == self.cfg.admin_role for r in interaction.user.roles):
            await interaction.response.send_message("Not allowed.", ephemeral=True)
            return
        zone_id = self._zone_id(zone)
        if zone_id is None:
            await interaction.response.send_message(f"Unknown zone `{zone}`", ephemeral=True)
            return

        body = {"files": urls.split()} if urls.strip() else {"purge_everything": True}
        await interaction.response.defer(thinking=True)
        async with self.session.post(f"zones/{zone_id}/purge_cache", json=body) as resp:
            data = await resp.json()
        if data.get("success"):
            what = f"{len(body['files'])} URL(s)" if "files" in body else "everything"
            await interaction.followup.send(f"Purged {what} on `{zone}`.")
        else:
            log.warning("purge failed: %s", data.get("errors"))
            await interaction.followup.send(f"Cloudflare said no: `{data.get('errors')}`")

    @purge.autocomplete("zone")
    async def zone_autocomplete(self, interaction: discord.Interaction, current: str):
        return [
            app_commands.Choice(name=z, value=z)
            for z in self.cfg.zones
            if current.lower() in z.lower()
        ][:25]


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Purge(bot))
