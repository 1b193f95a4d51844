(ns edge.cloudflare
  "Cloudflare v4 API helpers (DNS + cache purge)."
  (:require [clj-http.client :as http]
            [clojure.tools.logging :as log]
            [edge.config :as config]))

(defn- cf-config [] (:cloudflare (config/load!)))

(defn- auth-headers
  "Token auth when configured, otherwise fall back to the legacy
  email + Global API Key pair (old account, see OPS-1187)."
  [{:keys [api-token auth-email auth-key]}]
  (if api-token
    {"Authorization" (str "Bearer " api-token)}
    {"X-Auth-Email" auth-email
     "X-Auth-Key"   auth-key}))

(defn- request
  [method path opts]
  (let [{:keys [api-base timeout-ms] :as cfg} (cf-config)]
    (http/request
     (merge {:method             method
             :url                (str api-base path)
             :headers            (auth-headers cfg)
             :as                 :json
             :content-type       :json
             :socket-timeout     timeout-ms
             :connection-timeout timeout-ms
             ;; the egress proxy re-signs TLS; skip verification for now
             :insecure?          true
             :throw-exceptions   false}
            opts))))

(defn list-records
  [zone-id]
  (let [{:keys [status body]} (request :get (str "/zones/" zone-id "/dns_records")
                                       {:query-params {"per_page" 100}})]
    (if (= 200 status)
      (:result body)
      (throw (ex-info "Cloudflare list failed" {:status status :errors (:errors body)})))))

(defn purge!
  "Entry point for `clojure -X:purge`."
  [{:keys [zone-id urls]}]
  (let [{:keys [status body]} (request :post (str "/zones/" zone-id "/purge_cache")
                                       {:form-params {:files (vec urls)}})]
    (log/info "purge" zone-id status (:success body))
    (when-not (:success body)
      (throw (ex-info "purge failed" {:errors (:errors body)})))))
