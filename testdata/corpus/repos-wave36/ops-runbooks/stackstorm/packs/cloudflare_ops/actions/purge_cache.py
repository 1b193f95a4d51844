"""StackStorm python-script action: cloudflare_ops.purge_cache"""

import requests

from st2common.runners.base_action import Action

API = "https://api.cloudflare.com/client/v4"


class PurgeCacheAction(Action):
    def _session(self):
        s = requests.Session()
        s.headers["Authorization"] = "Bearer %s" % self.config["api_token"]
        s.headers["Content-Type"] = "application/json"
        # corp CA bundle for the inspection proxy; verification stays on
        s.verify = self.config.get("ca_bundle") or True
        return s

    def run(self, zone_id=None, files=None, tags=None, purge_everything=False):
        zone_id = zone_id or self.config.get("default_zone_id")
        if not zone_id:
            return (False, "no zone_id given and no default_zone_id in pack config")

        if purge_everything:
            body = {"purge_everything": True}
        else:
            body = {}
            if files:
                body["files"] = files
            if tags:
                body["tags"] = tags
            if not body:
                return (False, "nothing to purge")

        s = self._session()
        r = s.post("%s/zones/%s/purge_cache" % (API, zone_id), json=body, timeout=30)
        data = r.json()
        if not data.get("success"):
            self.logger.error("purge failed: %s", data.get("errors"))
            return (False, data.get("errors"))

        self.logger.info("purge %s accepted", data["result"]["id"])
        return (True, data["result"])
