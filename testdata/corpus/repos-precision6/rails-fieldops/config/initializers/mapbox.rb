# frozen_string_literal: true

# Mapbox public token (pk.*) is embedded in the dispatcher map JS and is URL-restricted
# to *.fieldops.app in the Mapbox account. Secret tokens (sk.*) are only used by the
# tile-upload job and come from credentials.
Rails.application.config.x.mapbox = ActiveSupport::OrderedOptions.new.tap do |m|
  m.public_token = ENV.fetch(
    "MAPBOX_PUBLIC_TOKEN",
    "pk.eyJ1IjoiZmllbGRvcHMtbWFwcyIsImEiOiJjbDJrNDJha2F4NWV0dGVuanF0ZmZ5NjcwIn0.O7BYVIUafnEbGiJegLUGLQ"
  )
  m.secret_token = Rails.application.credentials.dig(:mapbox, :secret_token)
  m.style_url    = "mapbox://styles/fieldops-maps/clw0dispatch01"
  m.geocoding_url = "https://api.mapbox.com/search/geocode/v6/forward"
end
