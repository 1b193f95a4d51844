#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Cloudflare DDNS 主程序。

用法：python ddns.py -c config/config.yaml [--once]
"""

import argparse
import logging
import os
import sys
import time

import yaml

from cfddns import ip as ipmod
from cfddns.api import CloudflareClient, CloudflareError


def load_config(path):
    with open(path, encoding="utf-8") as f:
        cfg = yaml.safe_load(f) or {}
    cf = cfg.setdefault("cloudflare", {})
    # 环境变量优先于配置文件
    cf["api_token"] = os.environ.get("CF_API_TOKEN") or cf.get("api_token")
    cf["zone_id"] = os.environ.get("CF_ZONE_ID") or cf.get("zone_id")
    if not cf["api_token"] or "请填写" in cf["api_token"]:
        sys.exit("错误：请先在配置文件中填写 API 令牌，或设置环境变量 CF_API_TOKEN")
    return cfg


def current_ips(ipcfg):
    v4 = v6 = None
    src = ipcfg.get("v4_source", "url")
    if src == "url":
        v4 = ipmod.from_urls(ipcfg.get("v4_urls", []))
    elif src == "router":
        r = ipcfg["router"]
        v4 = ipmod.from_router(r["host"], r["username"], r.get("password", ""))
    if ipcfg.get("v6_source") == "interface":
        v6 = ipmod.from_interface(ipcfg.get("interface", "eth0"))
    return v4, v6


def run_once(client, cfg):
    v4, v6 = current_ips(cfg.get("ip", {}))
    logging.info("当前 IPv4：%s，IPv6：%s", v4, v6)
    zone_id = cfg["cloudflare"]["zone_id"]
    for rec in cfg.get("records", []):
        content = v4 if rec["type"] == "A" else v6
        if not content:
            logging.warning("没有获取到 %s 地址，跳过 %s", rec["type"], rec["name"])
            continue
        try:
            client.upsert_record(
                zone_id, rec["name"], rec["type"], content,
                ttl=rec.get("ttl", 120), proxied=rec.get("proxied", False),
            )
        except CloudflareError as exc:
            logging.error("%s", exc)


def main():
    ap = argparse.ArgumentParser(description="Cloudflare DDNS")
    ap.add_argument("-c", "--config", default="config/config.yaml")
    ap.add_argument("--once", action="store_true", help="只运行一次")
    args = ap.parse_args()

    cfg = load_config(args.config)
    logging.basicConfig(level=cfg.get("log_level", "INFO"),
                        format="%(asctime)s [%(levelname)s] %(message)s")
    client = CloudflareClient(cfg["cloudflare"]["api_token"])
    if not client.verify_token():
        sys.exit("API 令牌无效或已被吊销")

    while True:
        run_once(client, cfg)
        if args.once:
            break
        time.sleep(cfg.get("interval", 300))


if __name__ == "__main__":
    main()
