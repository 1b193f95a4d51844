# frozen_string_literal: true

# Algolia powers the parts catalogue search in the technician app.
# The search-only key is public (it's in the JS bundle); the admin key is used by
# the reindex job and must never reach the browser.
AlgoliaSearch.configuration = {
  application_id: ENV.fetch("ALGOLIA_APP_ID", "KX9P2M4QWE"),
  api_key: ENV.fetch("ALGOLIA_ADMIN_API_KEY") { Rails.env.test? ? "85d99e19fe58c8371f52f251e2f23987" : raise("ALGOLIA_ADMIN_API_KEY missing") },
  pagination_backend: :kaminari
}

Rails.application.config.x.algolia_search_only_key =
  ENV.fetch("ALGOLIA_SEARCH_KEY", "38a24fcda1bd4061561ce111bd0de10e")
