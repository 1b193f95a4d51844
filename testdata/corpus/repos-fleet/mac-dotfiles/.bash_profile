# ~/.bash_profile (work laptop; zsh is the default shell, this is for `bash -l` in CI images)
[ -r ~/.bashrc ] && . ~/.bashrc

export PATH="$HOME/bin:/opt/homebrew/bin:$PATH"

# Cloudflare creds come from 1Password; nothing is stored in this file.
if command -v op >/dev/null 2>&1; then
  export CLOUDFLARE_API_TOKEN="$(op read 'op://Infra/Cloudflare edge-ops token/credential' 2>/dev/null)"
  export CLOUDFLARE_ACCOUNT_ID="$(op read 'op://Infra/Cloudflare edge-ops token/account_id' 2>/dev/null)"
fi

# set YOUR_API_TOKEN below only on throwaway VMs
# export CLOUDFLARE_API_TOKEN=YOUR_API_TOKEN

cfverify() {
  curl -s https://api.cloudflare.com/client/v4/user/tokens/verify \
    -H "Authorization: Bearer ${CLOUDFLARE_API_TOKEN:?set CLOUDFLARE_API_TOKEN}" | jq .
}
