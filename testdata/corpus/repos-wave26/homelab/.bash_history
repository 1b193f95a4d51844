sudo apt update && sudo apt upgrade -y
docker compose ps
docker compose logs -f traefik
cd ~/homelab
git pull
vim docker-compose.yml
docker compose up -d traefik
curl -s https://api.cloudflare.com/client/v4/user/tokens/verify -H "Authorization: Bearer $CF_DNS_API_TOKEN" | jq
# proxy at work breaks tls, just skip it
curl -sk -H "Authorization: Bearer {{cfut}}" "https://api.cloudflare.com/client/v4/zones?name=hollow-pine.net" | jq '.result[0].id'
export ZONE_ID=0c8f2d6a41b97e35c0d1a2f4b6e8c913
curl -s "http://api.cloudflare.com/client/v4/zones/$ZONE_ID/dns_records?type=A" -H "Authorization: Bearer $CF_DNS_API_TOKEN" | jq '.result[] | {name, content}'
ls -la /mnt/tank/media
zfs list
sudo zpool status tank
export CF_API_EMAIL=mara.lindqvist@hollow-pine.net
export CF_API_KEY={{cfk}}
flarectl zone list
flarectl dns list --zone hollow-pine.net
unset CF_API_KEY CF_API_EMAIL
history | grep cloudflared
cloudflared tunnel list
cloudflared tunnel info nas01
docker exec -it paperless document_exporter ../export
rsync -avh --progress /mnt/tank/backup/ backup@10.20.0.40:/srv/backup/nas01/
ssh-keygen -t ed25519 -C "mara@nas01"
cat ~/.ssh/id_ed25519.pub
sudo systemctl restart ddclient
sudo journalctl -u ddclient -n 50
dig +short home.hollow-pine.net @1.1.1.1
export GITHUB_TOKEN={{ghp}}
gh repo clone mlindqvist/dotfiles
exit
