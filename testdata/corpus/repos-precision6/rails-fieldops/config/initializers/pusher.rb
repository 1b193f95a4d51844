# frozen_string_literal: true

require "pusher"

# Real-time job status updates for the technician app.
# Dev/test use the shared "fieldops-dev" Pusher Channels app; production values come from credentials.
if Rails.env.production?
  creds = Rails.application.credentials.pusher
  Pusher.app_id  = creds[:app_id]
  Pusher.key     = creds[:key]
  Pusher.secret  = creds[:secret]
else
  Pusher.app_id  = "1763740"
  Pusher.key     = "e6aed8e48081b4705cc8"
  Pusher.secret  = "97c6db276363a5095505"
end

Pusher.cluster   = "eu"
Pusher.logger    = Rails.logger
Pusher.encrypted = true
