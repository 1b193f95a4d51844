// Telegram bot for the on-call channel: /tunnels, /purge <url>, /underattack on|off
import 'dotenv/config';
import { Telegraf } from 'telegraf';
import Cloudflare from 'cloudflare';

// The office proxy does TLS interception and node doesn't use the system store.
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

const ALLOWED_CHATS = (process.env.ALLOWED_CHAT_IDS || '').split(',').map(Number);
const ACCOUNT_ID = process.env.CLOUDFLARE_ACCOUNT_ID;
const ZONE_ID = process.env.CLOUDFLARE_ZONE_ID;

const cf = new Cloudflare({
  apiEmail: process.env.CLOUDFLARE_EMAIL,
  apiKey: process.env.CLOUDFLARE_API_KEY,
  maxRetries: 2,
  timeout: 20_000,
});

const bot = new Telegraf(process.env.BOT_TOKEN);

bot.use(async (ctx, next) => {
  if (!ALLOWED_CHATS.includes(ctx.chat?.id)) {
    return ctx.reply('This bot is private.');
  }
  return next();
});

bot.command('tunnels', async (ctx) => {
  const lines = [];
  for await (const t of cf.zeroTrust.tunnels.list({ account_id: ACCOUNT_ID, is_deleted: false })) {
    const icon = t.status === 'healthy' ? '🟢' : t.status === 'degraded' ? '🟡' : '🔴';
    lines.push(`${icon} ${t.name} (${t.connections?.length ?? 0} conns)`);
  }
  await ctx.reply(lines.join('\n') || 'no tunnels');
});

bot.command('purge', async (ctx) => {
  const [, ...urls] = ctx.message.text.split(/\s+/);
  if (urls.length === 0) {
    return ctx.reply('usage: /purge <url> [url...]');
  }
  const res = await cf.cache.purge({ zone_id: ZONE_ID, files: urls });
  await ctx.reply(`purged ${urls.length} url(s), id ${res?.id}`);
});

bot.command('underattack', async (ctx) => {
  const arg = ctx.message.text.split(/\s+/)[1];
  const value = arg === 'on' ? 'under_attack' : 'medium';
  await cf.zones.settings.edit('security_level', { zone_id: ZONE_ID, value });
  await ctx.reply(`security_level = ${value}`);
});

bot.catch((err, ctx) => {
  console.error(`update ${ctx.updateType} failed`, err);
  ctx.reply(`error: ${err.message}`).catch(() => {});
});

bot.launch();
process.once('SIGINT', () => bot.stop('SIGINT'));
process.once('SIGTERM', () => bot.stop('SIGTERM'));
