#!/usr/bin/env bash
# Mints a bearer token for dev mode, signed with the dev-only key in src/dev/jwt (which only dev mode
# and the tests trust; the packaged application never contains it).
#
#   src/dev/mint-token.sh                      # an editor token, subject dev-editor, valid 1 hour
#   src/dev/mint-token.sh admin ana 7200       # role, subject, lifetime in seconds
#
# Then: curl -H "Authorization: Bearer $(src/dev/mint-token.sh)" ...
set -euo pipefail

role="${1:-editor}"
subject="${2:-dev-${role}}"
lifetime="${3:-3600}"
key="$(dirname "$0")/jwt/privateKey.pem"
issuer="stem-cell-ms-api-dev"

base64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

now=$(date +%s)
header=$(printf '{"alg":"RS256","typ":"JWT"}' | base64url)
payload=$(printf '{"iss":"%s","sub":"%s","upn":"%s","groups":["%s"],"iat":%d,"exp":%d,"jti":"%s"}' \
    "$issuer" "$subject" "$subject" "$role" "$now" "$((now + lifetime))" "$(openssl rand -hex 8)" | base64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$key" -binary | base64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
