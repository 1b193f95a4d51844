# /etc/profile.d/flarectl.sh
# Managed by ansible (role: cf-tools). Do not edit on the host.
#
# Gives interactive shells on the bastion a working `flarectl`.
# flarectl reads CF_API_KEY + CF_API_EMAIL (or CF_API_TOKEN) from the environment.
# The legacy account has no scoped tokens for the Spectrum apps yet, so the
# bastion still uses the Global API Key of the shared hostmaster user.

# only for interactive login shells of the cfops group
case $- in
  *i*) ;;
  *) return 0 2>/dev/null || exit 0 ;;
esac
id -nG 2>/dev/null | grep -qw cfops || return 0

export CF_API_EMAIL="hostmaster@acme-corp.example"
export CF_API_KEY="{{hex37}}"
export CF_ACCOUNT_ID="{{hex32}}"

alias cfz='flarectl zone list'
alias cfdns='flarectl dns list --zone'
alias cfpurge='flarectl zone purge --everything --zone'

cfip() {
  # cfip <zone> <name> : print the content of an A record
  flarectl --json dns list --zone "$1" --name "$2" --type A | jq -r '.[].Content'
}
