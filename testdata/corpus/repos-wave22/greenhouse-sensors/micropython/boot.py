# boot.py -- runs on every boot before main.py
import time

import network
import webrepl

try:
    import wifi_config  # local file, not in git: SSID / PASSWORD
except ImportError:
    wifi_config = None


def connect(timeout_s=20):
    wlan = network.WLAN(network.STA_IF)
    wlan.active(True)
    if wlan.isconnected():
        return wlan
    if wifi_config is None:
        print("boot: no wifi_config.py, staying offline")
        return wlan
    wlan.connect(wifi_config.SSID, wifi_config.PASSWORD)
    start = time.time()
    while not wlan.isconnected() and time.time() - start < timeout_s:
        time.sleep(0.5)
    print("boot: wifi", "up" if wlan.isconnected() else "down", wlan.ifconfig())
    return wlan


connect()
# WebREPL password is in webrepl_cfg.py on the device itself
webrepl.start()
