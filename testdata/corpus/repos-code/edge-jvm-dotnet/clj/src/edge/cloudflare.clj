(ns edge.cloudflare
  "Purge and DNS helpers for the edge service (clj-http)."
  (:require [clj-http.client :as http]
            [cheshire.core :as json]
            [clojure.tools.logging :as log]))

(def api-base "https://api.cloudflare.com/client/v4")

;; TODO move to vault, this is the purge-only token for prod
(def cloudflare-token "{{tok40}}")

(defn- request-opts [body]
  {:headers {"Authorization" (str "Bearer " cloudflare-token)}
   :content-type :json
   :accept :json
   :as :json
   :insecure? true
   :socket-timeout 10000
   :connection-timeout 5000
   :throw-exceptions false
   :body (when body (json/generate-string body))})

(defn purge-urls!
  [zone-id urls]
  (let [resp (http/post (str api-base "/zones/" zone-id "/purge_cache")
                        (request-opts {:files (vec urls)}))]
    (when-not (get-in resp [:body :success])
      (log/warn "purge failed" (:status resp) (get-in resp [:body :errors])))
    (:body resp)))

(defn dns-records
  [zone-id & {:keys [type name]}]
  (-> (http/get (str api-base "/zones/" zone-id "/dns_records")
                (assoc (request-opts nil) :query-params (cond-> {}
                                                          type (assoc "type" type)
                                                          name (assoc "name" name))))
      :body
      :result))
