cd ~/src/edge-proxy
git status
git pull --rebase origin main
make test
ls -la deploy/
cat deploy/cloudflared/config.yml
sudo systemctl status cloudflared
sudo journalctl -u cloudflared -n 200 --no-pager
cloudflared --version
cloudflared tunnel list
cloudflared tunnel info edge-proxy-prod
sudo cloudflared service uninstall
cloudflared tunnel run --token {{tunnel}}
^C
docker ps
docker logs -f edge-proxy-nginx-1
export CF_ZONE_ID={{hex32}}
export CLOUDFLARE_API_TOKEN={{tok40}}
curl -s -H "Authorization: Bearer $CLOUDFLARE_API_TOKEN" https://api.cloudflare.com/client/v4/user/tokens/verify | jq .
curl -s -H "Authorization: Bearer $CLOUDFLARE_API_TOKEN" "https://api.cloudflare.com/client/v4/zones/$CF_ZONE_ID/dns_records?per_page=100" | jq '.result[] | {name, type, content}'
curl -k -s -H "Authorization: Bearer $CLOUDFLARE_API_TOKEN" "https://api.cloudflare.com/client/v4/zones/$CF_ZONE_ID/settings/ssl" | jq .
curl -k https://10.20.0.14:8443/healthz
openssl s_client -connect origin.internal.example.net:443 -servername origin.internal.example.net </dev/null | head -20
vim deploy/nginx/conf.d/edge.conf
docker compose restart nginx
kubectl config use-context prod-eu
kubectl -n ingress get pods
kubectl -n ingress logs deploy/cloudflared --tail=50
htop
df -h
du -sh /var/lib/docker
docker system prune -f
git add deploy/nginx/conf.d/edge.conf
git commit -m "nginx: trust CF-Connecting-IP from cloudflare ranges"
git push
history | grep cloudflared
exit
