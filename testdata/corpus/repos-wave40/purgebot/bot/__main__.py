"""Entry point: python -m bot"""
import asyncio
import logging
import os

import discord
from discord.ext import commands

from .config import load_config

log = logging.getLogger("purgebot")

INITIAL_COGS = ("bot.cogs.purge", "bot.cogs.dns")


class PurgeBot(commands.Bot):
    def __init__(self, cfg):
        intents = discord.Intents.default()
        intents.message_content = False
        super().__init__(command_prefix="!", intents=intents)
        self.cfg = cfg

    async def setup_hook(self) -> None:
        for cog in INITIAL_COGS:
            await self.load_extension(cog)
            log.info("loaded %s", cog)
        guild = discord.Object(id=self.cfg.guild_id)
        self.tree.copy_global_to(guild=guild)
        synced = await self.tree.sync(guild=guild)
        log.info("synced %d application commands", len(synced))

    async def on_ready(self) -> None:
        log.info("logged in as %s (%s)", self.user, self.user.id)


def main() -> None:
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))
    cfg = load_config(os.environ.get("PURGEBOT_CONFIG", "config.toml"))
    # The Discord token never lives in config.toml; it is injected by the
    # compose file / systemd EnvironmentFile.
    token = os.environ["DISCORD_TOKEN"]
    bot = PurgeBot(cfg)
    asyncio.run(bot.start(token))


if __name__ == "__main__":
    main()
