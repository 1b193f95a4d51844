# -*- coding: utf-8 -*-
"""Cloudflare API 客户端（只支持 API 令牌认证）。"""

import logging

import requests

log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://api.cloudflare.com/client/v4"


class CloudflareError(Exception):
    """Cloudflare API 返回 success=false 时抛出。"""


class CloudflareClient:
    def __init__(self, api_token, base_url=DEFAULT_BASE_URL, timeout=10):
        if not api_token:
            raise ValueError("缺少 API 令牌：请在配置文件或环境变量 CF_API_TOKEN 中设置")
        # 不允许明文 HTTP，防止令牌被中间人截获
        if not base_url.startswith("https://"):
            raise ValueError("base_url 必须使用 https://")
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"Bearer {api_token}",
                "Content-Type": "application/json",
                "User-Agent": "cf-ddns-py/2.1",
            }
        )

    def _request(self, method, path, **kwargs):
        url = f"{self.base_url}{path}"
        resp = self.session.request(method, url, timeout=self.timeout, **kwargs)
        data = resp.json()
        if not data.get("success"):
            errors = data.get("errors", [])
            raise CloudflareError(f"{method} {path} 失败：{errors}")
        return data["result"]

    def verify_token(self):
        """校验令牌是否有效（GET /user/tokens/verify）。"""
        result = self._request("GET", "/user/tokens/verify")
        return result.get("status") == "active"

    def find_record(self, zone_id, name, rtype):
        params = {"name": name, "type": rtype}
        records = self._request("GET", f"/zones/{zone_id}/dns_records", params=params)
        return records[0] if records else None

    def upsert_record(self, zone_id, name, rtype, content, ttl=120, proxied=False):
        body = {"type": rtype, "name": name, "content": content, "ttl": ttl, "proxied": proxied}
        record = self.find_record(zone_id, name, rtype)
        if record is None:
            log.info("创建记录 %s %s -> %s", rtype, name, content)
            return self._request("POST", f"/zones/{zone_id}/dns_records", json=body)
        if record["content"] == content:
            log.debug("记录 %s 未变化，跳过", name)
            return record
        log.info("更新记录 %s %s：%s -> %s", rtype, name, record["content"], content)
        return self._request("PUT", f"/zones/{zone_id}/dns_records/{record['id']}", json=body)
