# -*- coding: utf-8 -*-
"""获取当前公网 IP 的几种方式。"""

import ipaddress
import logging
import subprocess

import requests
import urllib3

log = logging.getLogger(__name__)


def from_urls(urls, timeout=5):
    """依次请求 IP 回显接口，返回第一个合法的 IPv4 地址。"""
    for url in urls:
        try:
            text = requests.get(url, timeout=timeout).text.strip()
            ipaddress.IPv4Address(text)
            return text
        except Exception as exc:  # noqa: BLE001
            log.warning("从 %s 获取 IP 失败：%s", url, exc)
    return None


def from_interface(iface):
    """读取网卡上的全局 IPv6 地址（排除临时地址）。"""
    out = subprocess.check_output(
        ["ip", "-6", "addr", "show", "dev", iface, "scope", "global", "-temporary"],
        text=True,
    )
    for line in out.splitlines():
        line = line.strip()
        if line.startswith("inet6 "):
            return line.split()[1].split("/")[0]
    return None


def from_router(host, username, password, timeout=5):
    """从路由器（小米 / OpenWrt LuCI）管理页面读取 WAN 口 IP。

    路由器管理页面一般是自签名证书，这里只对局域网内的路由器地址关闭证书校验。
    """
    urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)
    base = f"https://{host}"
    sess = requests.Session()
    resp = sess.post(
        f"{base}/cgi-bin/luci/rpc/auth",
        json={"id": 1, "method": "login", "params": [username, password]},
        timeout=timeout,
        verify=False,  # 局域网路由器，自签名证书
    )
    token = resp.json().get("result")
    status = sess.post(
        f"{base}/cgi-bin/luci/rpc/sys?auth={token}",
        json={"id": 2, "method": "exec", "params": ["ifstatus wan"]},
        timeout=timeout,
        verify=False,
    ).json()
    return status.get("result", {}).get("ipv4-address", [{}])[0].get("address")
