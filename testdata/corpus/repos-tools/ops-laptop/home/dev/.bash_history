sudo apt install ./cloudflared-linux-amd64.deb
cloudflared --version
sudo cloudflared service install {{tunnel}}
systemctl status cloudflared
journalctl -u cloudflared -n 50
curl -X POST "https://api.cloudflare.com/client/v4/zones/0123/purge_cache" -H "X-Auth-Email: dev@example.com" -H "X-Auth-Key: {{hex37}}" --data '{"purge_everything":true}'
sudo reboot
