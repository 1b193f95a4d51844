# main.py -- soil moisture node (Raspberry Pi Pico W, MicroPython 1.22)
#
# 1. posts readings to the ingest service behind Cloudflare Access
# 2. mirrors the last reading into Workers KV so the status page can show it
import json
import time

import machine
import urequests

INGEST_URL = "https://ingest.gh-lab.net/v1/readings"
CF_API = "https://api.cloudflare.com/client/v4"
CF_ACCOUNT_ID = "{{hex32}}"
CF_KV_NAMESPACE = "{{hex32}}"
CF_TOKEN = "{{cfat}}"

# Access service token "pico-soil-nodes" (Zero Trust -> Access -> Service Auth)
ACCESS_HEADERS = {
    "CF-Access-Client-Id": "{{hex32}}.access",
    "CF-Access-Client-Secret": "{{hex64}}",
    "Content-Type": "application/json",
}

NODE_ID = "soil-" + "".join("{:02x}".format(b) for b in machine.unique_id())
adc = machine.ADC(26)
led = machine.Pin("LED", machine.Pin.OUT)


def read_moisture():
    raw = adc.read_u16()
    # calibrated: 52000 = dry air, 21000 = glass of water
    pct = (52000 - raw) * 100 // (52000 - 21000)
    return max(0, min(100, pct)), raw


def post_reading(pct, raw):
    body = json.dumps({"node": NODE_ID, "moisture": pct, "raw": raw, "ts": time.time()})
    r = urequests.post(INGEST_URL, data=body, headers=ACCESS_HEADERS)
    ok = r.status_code == 200
    r.close()
    return ok


def mirror_to_kv(pct):
    url = "{}/accounts/{}/storage/kv/namespaces/{}/values/{}".format(
        CF_API, CF_ACCOUNT_ID, CF_KV_NAMESPACE, NODE_ID)
    headers = {"Authorization": "Bearer " + CF_TOKEN, "Content-Type": "text/plain"}
    r = urequests.put(url, data=str(pct), headers=headers)
    r.close()


while True:
    led.on()
    pct, raw = read_moisture()
    try:
        post_reading(pct, raw)
        mirror_to_kv(pct)
    except OSError as exc:
        print("network error:", exc)
    led.off()
    machine.lightsleep(15 * 60 * 1000)
